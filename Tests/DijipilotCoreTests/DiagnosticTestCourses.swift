import DijipilotCore
import Foundation

/// Small hand-made courses whose right answers are known, for the diagnostic tests.
enum DiagnosticTestCourses {
    /// One program, one mission, one module whose lessons "1.1.1.1", "1.1.1.2", ... have the given prerequisites
    /// (by lesson number, 1-based). Each lesson gets `questionsPerLesson` yes/no questions "q<lesson>-<k>".
    static func course(
        prerequisites: [[Int]], questionsPerLesson: Int = 1,
        path: LearningPath = .launch
    ) -> CourseData {
        let ids = prerequisites.indices.map { "1.1.1.\($0 + 1)" }
        let summary = LessonSummary(what: "w", why: "w", keyPoints: ["k"], dos: ["d"], donts: ["d"])
        let lessons = prerequisites.enumerated().map { i, prerequisites in
            Lesson(
                id: ids[i], title: "Lesson \(i + 1)", difficulty: .intermediate, path: path, minutes: 10,
                checkpoint: "Does lesson \(i + 1).", prerequisites: prerequisites.map { ids[$0 - 1] }, summary: summary)
        }
        let curriculum = Curriculum(
            title: "Test",
            programs: [
                Program(
                    id: "1", title: "P", summary: "",
                    missions: [
                        Mission(
                            id: "1.1", title: "M", summary: "",
                            modules: [Module(id: "1.1.1", title: "D", lessons: lessons)])
                    ])
            ])
        var questions: [Question] = []
        for (i, id) in ids.enumerated() {
            for k in 1...questionsPerLesson {
                questions.append(
                    Question(
                        id: "q\(i + 1)-\(k)", prompt: "Lesson \(i + 1)?", checkpoints: [id],
                        options: [
                            AnswerOption(label: "No", evidence: [id: 0]),
                            AnswerOption(label: "Yes", evidence: [id: 1]),
                        ]))
            }
        }
        return CourseData(curriculum: curriculum, bank: QuestionBank(questions: questions))
    }

    static let no = 0, yes = 1, notSure = 2

    /// Index of a lesson's checkpoint (1-based lesson number).
    static func p(_ session: DiagnosticSession, _ lesson: Int) -> Double { session.probabilities[lesson - 1] }

    static func answers(_ pairs: [(String, Int)]) -> [RecordedAnswer] {
        pairs.map { RecordedAnswer(questionID: $0.0, choice: $0.1) }
    }

    /// Answers whatever is asked with a fixed rule, `count` times or until the session finishes.
    static func run(
        _ session: inout DiagnosticSession, count: Int,
        rule: (Question) -> Int = { $0.id.count % ($0.choices.count - 1) }
    ) {
        for _ in 0..<count {
            guard let question = session.currentQuestion else { return }
            try? session.answer(choice: rule(question))
        }
    }
}
