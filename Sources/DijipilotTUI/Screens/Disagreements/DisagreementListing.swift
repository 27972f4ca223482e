import DijipilotCore

/// The disagreement map as lines for one width: per checkpoint a title line (its rank, id, title, how far apart,
/// the team's estimate), then one line per respondent with their estimate and the options they chose, wrapped
/// under the words. Kept in the screen's state until the width or the data change: at thousands of checkpoints
/// wrapping every answer per key would be felt.
struct DisagreementListing: Sendable {
    struct Inputs: Equatable, Sendable {
        var width: Int
        var revision: Int
    }

    var lines: [StyledLine]
    /// Per item: the index of its title line in `lines`, and one past its last line.
    var starts: [Int]
    var ends: [Int]

    /// Where the list goes: below the two header lines.
    static func listArea(_ area: Rect) -> Rect {
        Rect(x: area.x, y: area.y + 2, width: area.width, height: max(0, area.height - 2))
    }

    init(app: AppState, width: Int) {
        let theme = app.theme
        let items = app.team.disagreements?.items ?? []
        let names = items.first?.voices.map(TeamDisagreements.name) ?? []
        let nameWidth = min(24, max(4, names.map(DisplayWidth.of).max() ?? 4))
        let rankWidth = DisplayWidth.of("\(items.count)")
        var lines: [StyledLine] = [], starts: [Int] = [], ends: [Int] = []
        for (n, item) in items.enumerated() {
            starts.append(lines.count)
            let rank = String(repeating: " ", count: rankWidth - DisplayWidth.of("\(n + 1)")) + "\(n + 1). "
            let right = "  \(Wording.pointsApart(item.spread)) · team \(ProgressBar.percent(item.team)) "
            let room = width - 1 - DisplayWidth.of(rank) - DisplayWidth.of(item.lessonID) - 2 - DisplayWidth.of(right)
            let title = DisplayWidth.truncate(item.title, to: max(8, room))
            let fill = String(repeating: " ", count: max(0, room - DisplayWidth.of(title)))
            lines.append(
                StyledLine(
                    [
                        Span(" " + rank, theme.subtle), Span(item.lessonID + "  ", theme.accent),
                        Span(title, .bold), Span(fill),
                        Span(right, theme.style(for: DisagreementLevel(spread: item.spread))),
                    ], tag: n))
            let indent = 1 + DisplayWidth.of(rank)
            for voice in item.voices {
                let name = DisplayWidth.truncate(TeamDisagreements.name(voice), to: nameWidth)
                let pad = String(repeating: " ", count: nameWidth - DisplayWidth.of(name))
                let percent = ProgressBar.percent(voice.probability)
                let lead = Span(
                    name + pad + " " + String(repeating: " ", count: max(0, 4 - percent.count)) + percent + "  ")
                // One answer a line: a respondent asked several questions about it chose several options.
                let said = voice.words.isEmpty ? [TeamDisagreements.said(voice)] : voice.words.map { "\"\($0)\"" }
                for (k, text) in said.enumerated() {
                    let blank = Span(String(repeating: " ", count: DisplayWidth.of(lead.text)))
                    lines += TextBlock.paragraph(
                        text, width: width, indent: indent, lead: k == 0 ? lead : blank,
                        style: voice.words.isEmpty ? theme.subtle : .plain)
                }
            }
            lines.append(.blank)
            ends.append(lines.count)
        }
        self.lines = lines; self.starts = starts; self.ends = ends
    }

    /// The item whose lines include `line` (the last one past the end).
    func item(atLine line: Int) -> Int {
        guard !starts.isEmpty else { return 0 }
        return (starts.lastIndex { $0 <= line }) ?? 0
    }

    /// The scroll that shows item `k` whole when it fits (its title line first when not), moving as little as
    /// possible from `scroll`.
    func scroll(showing k: Int, from scroll: Int, height: Int) -> Int {
        guard starts.indices.contains(k), height > 0 else { return 0 }
        var top = scroll
        // The blank line closing an item need not show.
        let end = max(starts[k] + 1, ends[k] - 1)
        if end > top + height { top = end - height }
        if starts[k] < top { top = starts[k] }
        return max(0, min(top, TextBlock.maxScroll(lineCount: lines.count, height: height)))
    }
}
