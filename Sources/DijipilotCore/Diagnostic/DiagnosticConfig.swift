import Foundation

/// How long a diagnostic may run and how sure it must be before it calls a checkpoint decided.
public struct DiagnosticConfig: Sendable, Equatable {
    /// The most questions asked, "Not sure" answers included.
    public var maxQuestions: Int = 30
    /// A checkpoint is decided when its probability is at least this, or at most 1 minus this.
    public var confidence: Double = 0.85
    /// Breaks ties between equally informative questions; the same seed and answers give the same session.
    public var seed: UInt64 = 0
    /// Precision stop (computerized adaptive testing): the session ends once the mean uncertainty over checkpoints,
    /// mean of min(p, 1 − p) (the share of checkpoints the model expects to misjudge), is at most this. 0 turns it off.
    public var stopUncertainty: Double = 0.125
    /// Stop when the most informative remaining question is expected to lower the summed entropy of all checkpoints
    /// by fewer bits than this: asking more would add almost nothing.
    public var minInformation: Double = 0.05
    /// The precision and information rules never stop before this many questions.
    public var minQuestions: Int = 12

    public init(
        maxQuestions: Int = 30, confidence: Double = 0.85, seed: UInt64 = 0,
        stopUncertainty: Double = 0.125, minInformation: Double = 0.05, minQuestions: Int = 12
    ) {
        self.maxQuestions = maxQuestions; self.confidence = confidence; self.seed = seed
        self.stopUncertainty = stopUncertainty; self.minInformation = minInformation; self.minQuestions = minQuestions
    }

    /// Asks until every checkpoint is decided or `maxQuestions` are answered, as before the precision stop.
    public var withoutPrecisionStop: DiagnosticConfig {
        var config = self
        config.stopUncertainty = 0; config.minInformation = 0
        return config
    }
}

/// Where a diagnostic stands, for the progress bar.
public struct DiagnosticProgress: Sendable, Equatable {
    public var answered: Int
    /// Questions the session expects to ask in all, projected from how fast the uncertainty has fallen so far:
    /// between `answered + 1` and `maxQuestions` while unfinished, `answered` once finished.
    public var estimatedTotal: Int
    /// Checkpoints whose probability has crossed the confidence threshold either way.
    public var decided: Int
    public var checkpoints: Int

    public init(answered: Int, estimatedTotal: Int, decided: Int, checkpoints: Int) {
        self.answered = answered; self.estimatedTotal = estimatedTotal; self.decided = decided;
        self.checkpoints = checkpoints
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
        case .invalidChoice(let choice, let questionID, let choices):
            return "Choice \(choice) does not exist for question \(questionID): pick 0 to \(choices - 1)."
        }
    }
}
