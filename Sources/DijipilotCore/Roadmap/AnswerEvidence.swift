import Foundation

/// Which answers spoke against each checkpoint, for the roadmap's reasons ("you answered … in question 3").
public struct AnswerEvidence: Sendable {
    public typealias Item = (questionID: String, questionNumber: Int, label: String)
    private var byCheckpoint: [String: [Item]] = [:]

    /// Answers in the order given (question numbers are 1-based); options rating a checkpoint 0.5 or less count.
    public init(answers: [RecordedAnswer], bank: QuestionBank) {
        let questions = Dictionary(bank.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (n, answer) in answers.enumerated() {
            guard let question = questions[answer.questionID] else { continue }
            let choices = question.choices
            guard choices.indices.contains(answer.choice) else { continue }
            let option = choices[answer.choice]
            for (checkpoint, value) in option.evidence.sorted(by: { $0.key < $1.key }) where value <= 0.5 {
                byCheckpoint[checkpoint, default: []].append((question.id, n + 1, option.label))
            }
        }
    }

    public func callAsFunction(_ lessonID: String) -> [Item] { byCheckpoint[lessonID] ?? [] }

    /// As the closure `RoadmapGenerator.generate` takes.
    public var lookup: RoadmapGenerator.Evidence { { self($0) } }
}
