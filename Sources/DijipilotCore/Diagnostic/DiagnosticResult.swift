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
    /// Every checkpoint of the curriculum, in curriculum order.
    public var checkpoints: [CheckpointResult]
    public var programs: [MasteryScore]
    public var missions: [MasteryScore]
    public var modules: [MasteryScore]
    /// Missing and uncertain lesson ids, most important first.
    public var gaps: [String]

    public init(
        questionsAsked: Int, finishedEarly: Bool, checkpoints: [CheckpointResult],
        programs: [MasteryScore], missions: [MasteryScore], modules: [MasteryScore], gaps: [String]
    ) {
        self.questionsAsked = questionsAsked; self.finishedEarly = finishedEarly; self.checkpoints = checkpoints
        self.programs = programs; self.missions = missions; self.modules = modules; self.gaps = gaps
    }

    public func checkpoint(_ id: String) -> CheckpointResult? { checkpoints.first { $0.id == id } }
}
