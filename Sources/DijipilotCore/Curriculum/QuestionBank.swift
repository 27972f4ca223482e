import Foundation

/// One honest answer a founder might give, with what it says about each probed checkpoint.
public struct AnswerOption: Codable, Equatable, Sendable {
    public var label: String
    /// Checkpoint (lesson) id → 1 practised, 0.5 partly, 0 not. Empty for "Not sure".
    public var evidence: [String: Double]
    public init(label: String, evidence: [String: Double]) { self.label = label; self.evidence = evidence }

    public var isNotSure: Bool { evidence.isEmpty }
    public static let notSure = AnswerOption(label: "Not sure", evidence: [:])
}

/// A question about the business's current operations, probing one to four checkpoints.
public struct Question: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var prompt: String
    public var checkpoints: [String]
    /// The options as written in the data; the explicit "Not sure" is added by `choices`.
    public var options: [AnswerOption]
    /// Whose business the prompt makes sense for; nil: every business.
    public var appliesTo: Applicability?
    public init(
        id: String, prompt: String, checkpoints: [String], options: [AnswerOption], appliesTo: Applicability? = nil
    ) {
        self.id = id; self.prompt = prompt; self.checkpoints = checkpoints; self.options = options
        self.appliesTo = appliesTo
    }

    /// What the user picks from: the written options, then "Not sure" (no evidence) unless the data has one.
    public var choices: [AnswerOption] {
        options.contains(where: \.isNotSure) ? options : options + [.notSure]
    }
}

public struct QuestionBank: Codable, Equatable, Sendable {
    public var questions: [Question]
    public init(questions: [Question]) { self.questions = questions }
}

/// A curriculum with its question bank, as loaded from one data folder.
public struct CourseData: Equatable, Sendable {
    public var curriculum: Curriculum
    public var bank: QuestionBank
    /// SHA-256-free stable hash of both files' bytes, so a saved diagnostic can tell it was taken on other content.
    public var contentHash: String
    public var folder: URL?
    public init(curriculum: Curriculum, bank: QuestionBank, contentHash: String = "", folder: URL? = nil) {
        self.curriculum = curriculum; self.bank = bank; self.contentHash = contentHash; self.folder = folder
    }
}
