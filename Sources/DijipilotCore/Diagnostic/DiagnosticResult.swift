import Foundation

/// One answer given during a diagnostic: which question, and which of its `choices` (0-based) was picked.
/// The list of these is all a diagnostic needs to be resumed or recomputed.
public struct RecordedAnswer: Codable, Equatable, Hashable, Sendable {
    public var questionID: String
    /// Index into `Question.choices` (the written options, then "Not sure").
    public var choice: Int
    public init(questionID: String, choice: Int) { self.questionID = questionID; self.choice = choice }
}

/// What the diagnostic concluded about one checkpoint.
public enum CheckpointState: String, Codable, CaseIterable, Sendable {
    case mastered, missing, uncertain
}

public struct CheckpointResult: Codable, Equatable, Sendable {
    public var id: String
    public var state: CheckpointState
    /// Probability that the business masters this checkpoint, 0...1.
    public var probability: Double
    public init(id: String, state: CheckpointState, probability: Double) {
        self.id = id; self.state = state; self.probability = probability
    }
}

/// A mastery score for one program, mission or module: the mean probability of its checkpoints.
public struct MasteryScore: Codable, Equatable, Sendable {
    public var id: String
    public var title: String
    public var mastery: Double
    public init(id: String, title: String, mastery: Double) { self.id = id; self.title = title; self.mastery = mastery }
}

/// The outcome of a diagnostic: per checkpoint, per level, and the ranked gaps.
public struct DiagnosticResult: Codable, Equatable, Sendable {
    public var questionsAsked: Int
    /// True when the user finished before every checkpoint was decided: the result is less certain.
    public var finishedEarly: Bool
    /// Every checkpoint of the curriculum that applies to the business, in curriculum order.
    public var checkpoints: [CheckpointResult]
    /// Mean probability over the applicable checkpoints of each (0 where none applies).
    public var programs: [MasteryScore]
    public var missions: [MasteryScore]
    public var modules: [MasteryScore]
    /// Missing and uncertain lesson ids, most important first.
    public var gaps: [String]
    /// Lessons the business profile ruled out, in curriculum order: in no score, gap or roadmap. Empty in files
    /// written before the profile, and then left out of the file.
    public var notApplicable: [String]

    public init(
        questionsAsked: Int, finishedEarly: Bool, checkpoints: [CheckpointResult],
        programs: [MasteryScore], missions: [MasteryScore], modules: [MasteryScore], gaps: [String],
        notApplicable: [String] = []
    ) {
        self.questionsAsked = questionsAsked; self.finishedEarly = finishedEarly; self.checkpoints = checkpoints
        self.programs = programs; self.missions = missions; self.modules = modules; self.gaps = gaps
        self.notApplicable = notApplicable
    }

    enum CodingKeys: String, CodingKey {
        case questionsAsked, finishedEarly, checkpoints, programs, missions, modules, gaps, notApplicable
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        questionsAsked = try c.decode(Int.self, forKey: .questionsAsked)
        finishedEarly = try c.decode(Bool.self, forKey: .finishedEarly)
        checkpoints = try c.decode([CheckpointResult].self, forKey: .checkpoints)
        programs = try c.decode([MasteryScore].self, forKey: .programs)
        missions = try c.decode([MasteryScore].self, forKey: .missions)
        modules = try c.decode([MasteryScore].self, forKey: .modules)
        gaps = try c.decode([String].self, forKey: .gaps)
        notApplicable = try c.decodeIfPresent([String].self, forKey: .notApplicable) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(questionsAsked, forKey: .questionsAsked)
        try c.encode(finishedEarly, forKey: .finishedEarly)
        try c.encode(checkpoints, forKey: .checkpoints)
        try c.encode(programs, forKey: .programs)
        try c.encode(missions, forKey: .missions)
        try c.encode(modules, forKey: .modules)
        try c.encode(gaps, forKey: .gaps)
        if !notApplicable.isEmpty { try c.encode(notApplicable, forKey: .notApplicable) }
    }

    public func checkpoint(_ id: String) -> CheckpointResult? { checkpoints.first { $0.id == id } }
}
