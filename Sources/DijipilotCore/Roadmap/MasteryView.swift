import Foundation

/// How one checkpoint is shown: the diagnostic's verdict, with lessons the learner has done counted as learned.
public enum CheckpointDisplayState: String, Codable, CaseIterable, Sendable {
    /// The diagnostic found it mastered.
    case mastered
    /// Not found mastered, but done on the roadmap since, every Done-when criterion ticked.
    case learned
    /// Marked done on the roadmap without every criterion ticked: shown apart, and scored as the diagnostic found it.
    case doneAnyway
    case uncertain
    case missing
    /// No diagnostic covers it (none taken, or the curriculum changed since).
    case notAssessed

    public var label: String {
        switch self {
        case .mastered: return "mastered"
        case .learned: return "learned"
        case .doneAnyway: return "done anyway"
        case .uncertain: return "uncertain"
        case .missing: return "missing"
        case .notAssessed: return "not assessed"
        }
    }

    /// The heatmap glyph, darkest for what is known.
    public var glyph: Character {
        switch self {
        case .mastered: return "█"
        case .learned: return "▓"
        case .doneAnyway: return "▚"
        case .uncertain: return "▒"
        case .missing: return "░"
        case .notAssessed: return "·"
        }
    }
}

/// A diagnostic result and the done lessons combined, per checkpoint and per program, mission and module.
public struct MasteryView: Sendable {
    public let curriculum: Curriculum
    /// By lesson index (curriculum order).
    public let states: [CheckpointDisplayState]
    /// The diagnostic's probability by lesson index; nil when not assessed.
    public let probabilities: [Double?]
    /// By lesson index: false for a lesson the result's business profile ruled out. Such a lesson shows as not
    /// assessed and counts in no score or count.
    public let applicable: [Bool]

    /// `done`: lessons learned on the roadmap; `doneAnyway`: lessons marked done without all their criteria.
    public init(
        curriculum: Curriculum, result: DiagnosticResult?, done: Set<String> = [], doneAnyway: Set<String> = []
    ) {
        self.curriculum = curriculum
        var states = [CheckpointDisplayState](repeating: .notAssessed, count: curriculum.lessons.count)
        var probabilities = [Double?](repeating: nil, count: curriculum.lessons.count)
        var applicable = [Bool](repeating: true, count: curriculum.lessons.count)
        for id in result?.notApplicable ?? [] {
            if let i = curriculum.indexByID[id] { applicable[i] = false }
        }
        self.applicable = applicable
        for checkpoint in result?.checkpoints ?? [] {
            guard let i = curriculum.indexByID[checkpoint.id] else { continue }
            probabilities[i] = checkpoint.probability
            switch checkpoint.state {
            case .mastered: states[i] = .mastered
            case .uncertain: states[i] = .uncertain
            case .missing: states[i] = .missing
            }
        }
        for (i, lesson) in curriculum.lessons.enumerated()
        where states[i] != .mastered && applicable[i] && done.contains(lesson.id) {
            states[i] = .learned
        }
        for (i, lesson) in curriculum.lessons.enumerated()
        where states[i] != .mastered && states[i] != .learned && doneAnyway.contains(lesson.id) {
            states[i] = .doneAnyway
        }
        self.states = states
        self.probabilities = probabilities
    }

    public func state(of lessonID: String) -> CheckpointDisplayState {
        curriculum.indexByID[lessonID].map { states[$0] } ?? .notAssessed
    }

    /// 0...1 for one checkpoint: learned counts as 1, not assessed as 0.
    public func value(at i: Int) -> Double {
        states[i] == .learned ? 1 : (probabilities[i] ?? 0)
    }

    /// Whether lesson `i` has a reading: a probability from the diagnostic, or learned on the roadmap. A full
    /// diagnostic reads every checkpoint; one about some programs (`assess --programs`) reads only theirs.
    public func isMeasured(_ i: Int) -> Bool { probabilities[i] != nil || states[i] == .learned }

    /// Mean value over the applicable, measured lessons of a range of indexes (0 for none): a program a
    /// diagnostic did not cover is not measured, rather than 0% mastered.
    public func mastery(of range: Range<Int>) -> Double {
        var sum = 0.0, count = 0
        for i in range where applicable[i] && isMeasured(i) { sum += value(at: i); count += 1 }
        return count == 0 ? 0 : sum / Double(count)
    }

    /// Whether any applicable lesson of the range has a reading (`isMeasured`).
    public func isMeasured(_ range: Range<Int>) -> Bool { range.contains { applicable[$0] && isMeasured($0) } }

    /// Whether program `p` (curriculum order) has any reading.
    public func isMeasured(program p: Int) -> Bool { isMeasured(curriculum.programRanges[p]) }

    /// Whether the lesson applies to the business (true when unknown).
    public func applies(_ lessonID: String) -> Bool { curriculum.indexByID[lessonID].map { applicable[$0] } ?? true }

    public var programScores: [MasteryScore] {
        zip(curriculum.programs, curriculum.programRanges).map {
            MasteryScore(id: $0.id, title: $0.title, mastery: mastery(of: $1))
        }
    }

    public func missionScores(inProgram p: Int) -> [MasteryScore] {
        zip(curriculum.programs[p].missions, curriculum.missionRanges(inProgram: p)).map {
            MasteryScore(id: $0.id, title: $0.title, mastery: mastery(of: $1))
        }
    }

    public var overallMastery: Double { mastery(of: 0..<states.count) }

    /// How many checkpoints are in each state.
    public var counts: [CheckpointDisplayState: Int] {
        var counts: [CheckpointDisplayState: Int] = [:]
        for state in CheckpointDisplayState.allCases { counts[state] = 0 }
        for (i, state) in states.enumerated() where applicable[i] { counts[state, default: 0] += 1 }
        return counts
    }
}
