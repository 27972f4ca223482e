import Foundation

/// What a founder does to earn a lesson's checkpoint: numbered steps that end with the artefact in hand, criteria
/// someone else could check, a worked number where one fits, and a starting template where the artefact is a
/// document or sheet. Optional in the format (a custom curriculum may leave it out); present in ours.
public struct LessonWork: Codable, Equatable, Sendable {
    /// 3 to 6 actions, shown numbered.
    public var steps: [String]
    /// 2 to 4 checkable criteria: the lesson counts as learned when every one is ticked.
    public var doneWhen: [String]
    public var example: WorkedExample?
    /// A path relative to the curriculum folder, `templates/NAME.md` or `templates/NAME.csv`.
    public var template: String?

    public init(steps: [String], doneWhen: [String], example: WorkedExample? = nil, template: String? = nil) {
        self.steps = steps; self.doneWhen = doneWhen; self.example = example; self.template = template
    }

    /// The words a founder reads: for the reading-time estimate.
    public var wordCount: Int {
        let texts = steps + doneWhen + (example.map { [$0.title] + $0.lines } ?? [])
        return texts.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
    }
}

/// One calculation with realistic figures, a line per step of the arithmetic, the last line the conclusion.
public struct WorkedExample: Codable, Equatable, Sendable {
    public var title: String
    public var lines: [String]
    public init(title: String, lines: [String]) { self.title = title; self.lines = lines }
}

extension Lesson {
    /// Words of the summary and the work: reading time is about 200 words a minute.
    public var wordCount: Int {
        let s = summary
        var texts = [s.what, s.why] + s.keyPoints + s.dos + s.donts
        if let comparison = s.comparison { texts += comparison.rows.flatMap { [$0.aspect] + $0.cells } }
        return texts.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count } + (work?.wordCount ?? 0)
    }

    /// Reading time the text implies, at 200 words a minute, rounded up.
    public var readingMinutesFromText: Int { max(1, (wordCount + 199) / 200) }
}

/// Lessons encode as the data format writes them (`docs/DATA_FORMAT.md`): minutes as `{reading, doing}` when there
/// is doing time, and the work's fields beside the summary, so `curriculum --format json` output loads again.
extension Lesson {
    enum CodingKeys: String, CodingKey {
        case id, title, difficulty, path, minutes, checkpoint, prerequisites, summary, steps, doneWhen, example,
            template
    }
    enum MinutesKeys: String, CodingKey { case reading, doing }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(title, forKey: .title)
        try c.encode(difficulty, forKey: .difficulty); try c.encode(path, forKey: .path)
        if doingMinutes > 0 {
            var m = c.nestedContainer(keyedBy: MinutesKeys.self, forKey: .minutes)
            try m.encode(minutes, forKey: .reading); try m.encode(doingMinutes, forKey: .doing)
        } else {
            try c.encode(minutes, forKey: .minutes)
        }
        try c.encode(checkpoint, forKey: .checkpoint); try c.encode(prerequisites, forKey: .prerequisites)
        try c.encode(summary, forKey: .summary)
        if let work {
            try c.encode(work.steps, forKey: .steps); try c.encode(work.doneWhen, forKey: .doneWhen)
            try c.encodeIfPresent(work.example, forKey: .example);
            try c.encodeIfPresent(work.template, forKey: .template)
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id); title = try c.decode(String.self, forKey: .title)
        difficulty = try c.decode(Difficulty.self, forKey: .difficulty);
        path = try c.decode(LearningPath.self, forKey: .path)
        if let m = try? c.nestedContainer(keyedBy: MinutesKeys.self, forKey: .minutes) {
            minutes = try m.decode(Int.self, forKey: .reading); doingMinutes = try m.decode(Int.self, forKey: .doing)
        } else {
            minutes = try c.decode(Int.self, forKey: .minutes); doingMinutes = 0
        }
        checkpoint = try c.decode(String.self, forKey: .checkpoint)
        prerequisites = try c.decodeIfPresent([String].self, forKey: .prerequisites) ?? []
        summary = try c.decode(LessonSummary.self, forKey: .summary)
        if let steps = try c.decodeIfPresent([String].self, forKey: .steps) {
            work = LessonWork(
                steps: steps, doneWhen: try c.decodeIfPresent([String].self, forKey: .doneWhen) ?? [],
                example: try c.decodeIfPresent(WorkedExample.self, forKey: .example),
                template: try c.decodeIfPresent(String.self, forKey: .template))
        } else {
            work = nil
        }
    }
}
