import Foundation

/// The disagreement map: the checkpoints where respondents' estimates differ most, with who said what.
///
/// A checkpoint's spread is the highest respondent's P(mastered) minus the lowest. Its score weighs the spread by
/// how much of it rests on the respondents' own answers about it rather than on inference from their other
/// answers: score = spread · (1/2 + 1/2 · answered / respondents), where `answered` counts respondents who answered
/// a question probing it. Only respondents whose answers cover the checkpoint take part (`TeamPicture.covers`: a
/// diagnostic scoped to other programs has no view of it). Sorted by score, then spread, then curriculum order, so
/// the top ten are the conversations worth having first: big differences people can point to in their own answers.
public struct TeamDisagreements: Sendable {
    public struct Voice: Sendable, Equatable {
        public var respondent: String
        public var role: String?
        public var probability: Double
        /// The option labels they chose on questions about this checkpoint; empty when none asked about it.
        public var words: [String]
    }

    public struct Item: Sendable, Equatable {
        public var lessonID: String
        public var title: String
        public var spread: Double
        public var score: Double
        /// The team's combined estimate.
        public var team: Double
        /// Highest estimate first.
        public var voices: [Voice]
    }

    public var items: [Item]
    public var respondents: [String]

    /// The `top` checkpoints of `picture` with the biggest scores (all with a spread when `top` is nil).
    public init(picture: TeamPicture, curriculum: Curriculum, top: Int? = 10) {
        respondents = picture.members.map(\.respondent)
        let n = picture.members.count
        var items: [Item] = []
        guard n >= 2 else { self.items = []; return }
        let spreads = picture.spreads
        for (i, lesson) in curriculum.lessons.enumerated() {
            // Within 10 points respondents see a checkpoint the same way (`DisagreementLevel.agree`): not a
            // conversation worth having, so not on the map.
            guard let spread = spreads[i], DisagreementLevel(spread: spread) > .agree else { continue }
            let heard = picture.respondents(covering: i)
            let ps = heard.map { picture.estimates[$0][i] }
            var voices: [Voice] = []
            for (m, p) in zip(heard, ps) {
                voices.append(
                    Voice(
                        respondent: picture.members[m].respondent, role: picture.members[m].role,
                        probability: p, words: picture.words(of: m, about: lesson.id)))
            }
            let answered = voices.filter { !$0.words.isEmpty }.count
            let score = spread * (0.5 + 0.5 * Double(answered) / Double(heard.count))
            voices.sort { $0.probability != $1.probability ? $0.probability > $1.probability : false }
            items.append(
                Item(
                    lessonID: lesson.id, title: lesson.title, spread: spread, score: score, team: picture.combined[i],
                    voices: voices))
        }
        let order = Dictionary(uniqueKeysWithValues: curriculum.lessons.enumerated().map { ($1.id, $0) })
        items.sort { a, b in
            if abs(a.score - b.score) > 1e-12 { return a.score > b.score }
            if abs(a.spread - b.spread) > 1e-12 { return a.spread > b.spread }
            return order[a.lessonID, default: 0] < order[b.lessonID, default: 0]
        }
        self.items = top.map { Array(items.prefix(max(0, $0))) } ?? items
    }

    /// "Ana (operations)", or the name alone without a role.
    public static func name(_ voice: Voice) -> String {
        voice.role.map { "\(voice.respondent) (\($0))" } ?? voice.respondent
    }

    /// What the respondent chose, in quotes, or why they have an estimate without having answered.
    public static func said(_ voice: Voice) -> String {
        voice.words.isEmpty
            ? "no question about it; estimated from other answers"
            : voice.words.map { "\"\($0)\"" }.joined(separator: "; ")
    }

    /// Plain text, one block per checkpoint.
    public func text() -> String {
        var lines = ["Where the team disagrees (\(respondents.joined(separator: ", "))): \(items.count) checkpoints"]
        if items.isEmpty { lines.append("No checkpoint where the estimates differ.") }
        for (n, item) in items.enumerated() {
            lines.append("")
            lines.append(
                "\(n + 1). \(item.lessonID)  \(item.title)  spread \(ExportFormatting.percent(item.spread)), team \(ExportFormatting.percent(item.team))"
            )
            for voice in item.voices {
                lines.append(
                    "   \(Self.name(voice)): \(ExportFormatting.percent(voice.probability)): \(Self.said(voice))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func markdown() -> String {
        let md = ExportFormatting.markdown
        var lines = ["# Where the team disagrees", "", "Respondents: \(md(respondents.joined(separator: ", ")))."]
        if items.isEmpty { lines += ["", "No checkpoint where the estimates differ."] }
        for (n, item) in items.enumerated() {
            lines.append("")
            lines.append(
                "## \(n + 1). \(item.lessonID) \(md(item.title))")
            lines.append("")
            lines.append(
                "Spread \(ExportFormatting.percent(item.spread)); team estimate \(ExportFormatting.percent(item.team))."
            )
            lines.append("")
            for voice in item.voices {
                lines.append(
                    "- **\(md(Self.name(voice)))**: \(ExportFormatting.percent(voice.probability)): \(md(Self.said(voice)))"
                )
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func html() -> String {
        let h = ExportFormatting.html
        var body = "<h1>Where the team disagrees</h1>\n<p>Respondents: \(h(respondents.joined(separator: ", "))).</p>\n"
        if items.isEmpty { body += "<p>No checkpoint where the estimates differ.</p>\n" }
        body += "<ol>\n"
        for item in items {
            body += "<li><h2>\(h(item.lessonID)) \(h(item.title))</h2>\n"
            body +=
                "<p>Spread \(ExportFormatting.percent(item.spread)); team estimate \(ExportFormatting.percent(item.team)).</p>\n<ul>\n"
            for voice in item.voices {
                body +=
                    "<li><strong>\(h(Self.name(voice)))</strong>: \(ExportFormatting.percent(voice.probability)): \(h(Self.said(voice)))</li>\n"
            }
            body += "</ul></li>\n"
        }
        body += "</ol>\n"
        return ExportFormatting.page(title: "Where the team disagrees", body: body)
    }
}
