import DijipilotCore
import Foundation
import Testing

@Suite("Diagnostic session")
struct DiagnosticSessionTests {
    typealias T = DiagnosticTestCourses
    let generated = CurriculumGenerator.generate(checkpoints: 60, seed: 11)

    @Test("the same answers and seed give the same questions and probabilities")
    func deterministic() {
        var a = DiagnosticSession(course: generated, config: .init(seed: 5))
        var b = DiagnosticSession(course: generated, config: .init(seed: 5))
        T.run(&a, count: 8)
        T.run(&b, count: 8)
        #expect(a.answers == b.answers)
        #expect(a.probabilities == b.probabilities)
        #expect(a.currentQuestion == b.currentQuestion)
        let replayed = DiagnosticSession(course: generated, config: .init(seed: 5), answers: a.answers)
        #expect(replayed.probabilities == a.probabilities)
        #expect(replayed.currentQuestion == a.currentQuestion)
    }

    @Test("going back asks the last question again and equals a fresh session without that answer")
    func backEqualsFresh() throws {
        var session = DiagnosticSession(course: generated)
        T.run(&session, count: 4)
        let last = session.answers.last!
        let wentBack = session.back()
        #expect(wentBack)
        let fresh = DiagnosticSession(course: generated, answers: Array(session.answers))
        #expect(session.answers.count == 3)
        #expect(session.currentQuestion?.id == last.questionID)
        #expect(session.questionNumber == 4)
        #expect(session.probabilities == fresh.probabilities)
        #expect(session.currentQuestion == fresh.currentQuestion)

        // Changing the answer equals a fresh session with the edited list.
        let other = (last.choice + 1) % (session.currentQuestion!.choices.count - 1)
        try session.answer(choice: other)
        var edited = fresh.answers
        edited.append(RecordedAnswer(questionID: last.questionID, choice: other))
        let freshEdited = DiagnosticSession(course: generated, answers: edited)
        #expect(session.probabilities == freshEdited.probabilities)
        #expect(session.currentQuestion == freshEdited.currentQuestion)
    }

    @Test("back with no answers returns false")
    func backAtStart() {
        var session = DiagnosticSession(course: generated)
        let wentBack = session.back()
        #expect(!wentBack)
        #expect(session.questionNumber == 1)
    }

    @Test("finishing early ends the session and marks the result as less certain")
    func finishEarly() {
        var session = DiagnosticSession(course: generated)
        T.run(&session, count: 2)
        session.finish()
        #expect(session.isFinished)
        #expect(session.finishedEarly)
        #expect(session.currentQuestion == nil)
        #expect(session.result().finishedEarly)
        #expect(session.result().questionsAsked == 2)
        #expect(throws: DiagnosticError.finished) { try session.answer(choice: 0) }
    }

    @Test("the session stops once every checkpoint is decided")
    func stopsWhenDecided() {
        let course = T.course(prerequisites: [[]], questionsPerLesson: 6)
        var session = DiagnosticSession(course: course)
        T.run(&session, count: 6) { _ in T.yes }
        #expect(session.isFinished)
        #expect(!session.finishedEarly)
        #expect(session.answers.count < 6)
        #expect(session.progress.decided == 1)
        #expect(session.result().checkpoints[0].state == .mastered)
    }

    @Test("the session stops at maxQuestions")
    func stopsAtMaxQuestions() {
        var session = DiagnosticSession(course: generated, config: .init(maxQuestions: 3))
        T.run(&session, count: 10)
        #expect(session.answers.count == 3)
        #expect(session.isFinished)
        #expect(session.currentQuestion == nil)
        #expect(!session.finishedEarly)
        #expect(session.progress.estimatedTotal == 3)
    }

    @Test("an invalid choice throws and changes nothing")
    func invalidChoice() {
        var session = DiagnosticSession(course: generated)
        let count = session.currentQuestion!.choices.count
        #expect(throws: DiagnosticError.self) { try session.answer(choice: count) }
        #expect(throws: DiagnosticError.self) { try session.answer(choice: -1) }
        #expect(session.answers.isEmpty)
        #expect(
            DiagnosticError.invalidChoice(choice: 9, questionID: "q", choices: 3).errorDescription?.contains("0 to 2")
                == true)
    }

    @Test("replaying skips answers with an unknown question, a bad choice or a repeated question")
    func replaySkipsInvalid() {
        let course = T.course(prerequisites: [[], [1]], questionsPerLesson: 2)
        let session = DiagnosticSession(
            course: course,
            answers: T.answers([
                ("q1-1", T.yes), ("nope", 0), ("q2-1", 7), ("q1-1", T.no), ("q2-2", T.no),
            ]))
        #expect(session.answers == T.answers([("q1-1", T.yes), ("q2-2", T.no)]))
    }

    @Test("progress never promises fewer questions than the next one while unfinished")
    func progressEstimate() {
        var session = DiagnosticSession(course: generated)
        for _ in 0..<6 {
            let progress = session.progress
            #expect(progress.estimatedTotal >= progress.answered + 1)
            #expect(progress.estimatedTotal <= 30)
            #expect(progress.checkpoints == 60)
            T.run(&session, count: 1)
        }
    }

    @Test("gaps list missing checkpoints first, prerequisites of other gaps before them")
    func gapsRanking() {
        let course = T.course(prerequisites: [[], [1], [2]], questionsPerLesson: 3)
        let session = DiagnosticSession(
            course: course, answers: T.answers([("q1-1", T.no), ("q1-2", T.no), ("q1-3", T.no)]))
        let result = session.result()
        #expect(result.checkpoints.map(\.state) == [.missing, .missing, .missing])
        #expect(result.gaps == ["1.1.1.1", "1.1.1.2", "1.1.1.3"])
        #expect(result.programs.count == 1 && result.missions.count == 1 && result.modules.count == 1)
        #expect(abs(result.programs[0].mastery - session.probabilities.reduce(0, +) / 3) < 1e-12)
    }

    @Test("answered evidence names the question, its number and the label picked")
    func answeredEvidence() {
        let course = T.course(prerequisites: [[], [1]], questionsPerLesson: 2)
        let session = DiagnosticSession(
            course: course, answers: T.answers([("q2-1", T.no), ("q1-1", T.yes), ("q2-2", T.notSure)]))
        let evidence = session.answeredEvidence(for: "1.1.1.2")
        #expect(evidence.count == 1)
        #expect(evidence.first?.questionID == "q2-1")
        #expect(evidence.first?.questionNumber == 1)
        #expect(evidence.first?.label == "No")
    }
}
