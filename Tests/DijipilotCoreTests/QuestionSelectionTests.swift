import Foundation
import Testing

@testable import DijipilotCore

@Suite("Question selection by the Brier score")
struct QuestionSelectionTests {
    typealias T = DiagnosticTestCourses

    /// The expected drop in summed uncertainty over every checkpoint if question `q` were answered.
    func expectedDrop(_ model: KnowledgeModel, _ q: Int, _ state: InferenceState, _ measure: UncertaintyMeasure)
        -> Double
    {
        let question = model.questions[q]
        let probability = model.answerProbabilities(question, beliefs: state.beliefs)
        return question.likelihood.indices.filter { question.isInformative($0) && probability[$0] > 1e-9 }.reduce(0) {
            $0 - probability[$1]
                * model.uncertaintyChange(
                    adding: Observation(question: q, choice: $1), to: state, measure: measure)
        }
    }

    @Test("the Brier measure is 1 at ½ and 0 at certainty, and values moves far from ½ less than the entropy does")
    func brierShape() {
        #expect(UncertaintyMeasure.brier.of(0.5) == 1)
        #expect(UncertaintyMeasure.brier.of(0) == 0 && UncertaintyMeasure.brier.of(1) == 0)
        #expect(abs(UncertaintyMeasure.brier.of(0.3) - UncertaintyMeasure.brier.of(0.7)) < 1e-12)
        func ratio(_ m: UncertaintyMeasure) -> Double { (m.of(0.95) - m.of(0.99)) / (m.of(0.5) - m.of(0.7)) }
        #expect(ratio(.brier) < 1 && ratio(.entropy) > 1)
    }

    @Test("the chosen question has the largest expected Brier drop; its gain is its expected entropy drop in bits")
    func choosesByBrierReportsBits() {
        let course = T.course(prerequisites: [[], [1], [1], [2, 3], [4]], questionsPerLesson: 2)
        let model = KnowledgeModel(course: course)
        for answered in [[], [Observation(question: 0, choice: T.yes)], [Observation(question: 6, choice: T.no)]] {
            let state = model.infer(answered)
            let asked = Set(answered.map(\.question))
            guard let next = model.nextQuestion(state: state, asked: asked, seed: 1) else {
                Issue.record("no question chosen"); continue
            }
            let drops = model.questions.indices.filter { !asked.contains($0) }.map {
                ($0, expectedDrop(model, $0, state, .brier))
            }
            let best = drops.map(\.1).max() ?? 0
            #expect(expectedDrop(model, next.question, state, .brier) >= best - 1e-12)
            #expect(abs(next.gain - expectedDrop(model, next.question, state, .entropy)) < 1e-12)
        }
    }
}
