import Foundation

/// How long a diagnostic may run and how sure it must be before it calls a checkpoint decided.
public struct DiagnosticConfig: Sendable, Equatable {
    /// The most questions asked, "Not sure" answers included.
    public var maxQuestions: Int = 30
    /// A checkpoint is decided when its probability is at least this, or at most 1 minus this.
    public var confidence: Double = 0.85
    /// Breaks ties between equally informative questions; the same seed and answers give the same session.
    public var seed: UInt64 = 0

    public init(maxQuestions: Int = 30, confidence: Double = 0.85, seed: UInt64 = 0) {
        self.maxQuestions = maxQuestions; self.confidence = confidence; self.seed = seed
    }
}

/// Where a diagnostic stands, for the progress bar.
public struct DiagnosticProgress: Sendable, Equatable {
    public var answered: Int
    /// Questions the session expects to ask in all: never below `answered + 1` while unfinished.
    public var estimatedTotal: Int
    /// Checkpoints whose probability has crossed the confidence threshold either way.
    public var decided: Int
    public var checkpoints: Int

    public init(answered: Int, estimatedTotal: Int, decided: Int, checkpoints: Int) {
        self.answered = answered; self.estimatedTotal = estimatedTotal; self.decided = decided; self.checkpoints = checkpoints
    }
}

/// Why an answer was refused.
public enum DiagnosticError: Error, Equatable, LocalizedError {
    case finished
    case invalidChoice(choice: Int, questionID: String, choices: Int)

    public var errorDescription: String? {
        switch self {
        case .finished:
            return "The diagnostic is finished: there is no question to answer (go back to change an answer)."
        case let .invalidChoice(choice, questionID, choices):
            return "Choice \(choice) does not exist for question \(questionID): pick 0 to \(choices - 1)."
        }
    }
}
