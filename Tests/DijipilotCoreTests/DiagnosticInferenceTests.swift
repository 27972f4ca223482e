import DijipilotCore
import Foundation
import Testing

@Suite("Diagnostic inference")
struct DiagnosticInferenceTests {
    typealias T = DiagnosticTestCourses

    // Lesson 1 ← 2 ← 3: lesson 3 builds on 2, which builds on 1.
    let chain = T.course(prerequisites: [[], [1], [2]], questionsPerLesson: 3)

    @Test("mastering the top of a prerequisite chain makes the bottom about as likely as the top, and likely")
    func topImpliesBottom() {
        let before = DiagnosticSession(course: chain)
        let session = DiagnosticSession(course: chain, answers: T.answers([("q3-1", T.yes), ("q3-2", T.yes)]))
        #expect(T.p(session, 3) > 0.85)
        // Not exactly as likely: a checkpoint may (rarely) be mastered with a prerequisite missing.
        #expect(T.p(session, 1) >= T.p(session, 3) - 0.02)
        #expect(T.p(session, 2) >= T.p(session, 3) - 0.02)
        #expect(T.p(session, 1) > T.p(before, 1))
        #expect(T.p(session, 1) > 0.85)
    }

    @Test("missing the bottom of a chain makes everything built on it likely missing")
    func bottomMissingImpliesTopMissing() {
        let session = DiagnosticSession(course: chain, answers: T.answers([("q1-1", T.no), ("q1-2", T.no)]))
        #expect(T.p(session, 1) < 0.15)
        #expect(T.p(session, 2) < 0.15)
        #expect(T.p(session, 3) < 0.15)
    }

    @Test("in a diamond, mastering the top raises both branches and the base; a missing base sinks the top")
    func diamond() {
        // 1 is the base; 2 and 3 build on 1; 4 builds on 2 and 3.
        let course = T.course(prerequisites: [[], [1], [1], [2, 3]], questionsPerLesson: 2)
        let before = DiagnosticSession(course: course)
        let top = DiagnosticSession(course: course, answers: T.answers([("q4-1", T.yes), ("q4-2", T.yes)]))
        for lesson in 1...3 {
            #expect(T.p(top, lesson) > T.p(before, lesson))
            #expect(T.p(top, lesson) > 0.8)
        }
        let base = DiagnosticSession(course: course, answers: T.answers([("q1-1", T.no), ("q1-2", T.no)]))
        #expect(T.p(base, 4) < 0.1)
        #expect(T.p(base, 4) < T.p(before, 4))
    }

    @Test("one careless answer contradicting three others does not flip the checkpoint")
    func noisyAnswerDoesNotFlip() {
        let course = T.course(prerequisites: [[]], questionsPerLesson: 4)
        let session = DiagnosticSession(
            course: course, config: .init(maxQuestions: 10),
            answers: T.answers([
                ("q1-1", T.yes), ("q1-2", T.yes), ("q1-3", T.no), ("q1-4", T.yes),
            ]))
        #expect(T.p(session, 1) >= 0.85)
        let opposite = DiagnosticSession(
            course: course, config: .init(maxQuestions: 10),
            answers: T.answers([
                ("q1-1", T.no), ("q1-2", T.yes), ("q1-3", T.no), ("q1-4", T.no),
            ]))
        #expect(T.p(opposite, 1) <= 0.15)
    }

    @Test("a careless 'missing' on a prerequisite does not undo three answers that its dependants are mastered")
    func noisyPrerequisiteAnswer() {
        let course = T.course(prerequisites: [[], [1], [1], [1]])
        let session = DiagnosticSession(
            course: course,
            answers: T.answers([
                ("q2-1", T.yes), ("q3-1", T.yes), ("q4-1", T.yes), ("q1-1", T.no),
            ]))
        for lesson in 2...4 { #expect(T.p(session, lesson) > 0.5) }
        #expect(T.p(session, 1) > 0.5)
    }

    @Test("'Not sure' changes no probability")
    func notSureIsNeutral() throws {
        let course = T.course(prerequisites: [[], [1], [2]], questionsPerLesson: 2)
        let before = DiagnosticSession(course: course, answers: T.answers([("q2-1", T.yes)]))
        var after = before
        let question = try #require(after.currentQuestion)
        #expect(question.choices[T.notSure].isNotSure)
        try after.answer(choice: T.notSure)
        #expect(after.probabilities == before.probabilities)
        #expect(after.answers.count == 2)
        #expect(after.currentQuestion?.id != question.id)
    }

    @Test("answers in another order give the same probabilities")
    func orderIndependent() {
        let course = T.course(prerequisites: [[], [1], [1], [2, 3]], questionsPerLesson: 2)
        let list = T.answers([("q1-1", T.yes), ("q4-1", T.no), ("q2-2", T.yes)])
        let a = DiagnosticSession(course: course, answers: list)
        let b = DiagnosticSession(course: course, answers: list.reversed())
        for (x, y) in zip(a.probabilities, b.probabilities) { #expect(abs(x - y) < 1e-9) }
    }

    @Test("every probability stays strictly between 0 and 1 on a generated course")
    func probabilitiesInRange() {
        let course = CurriculumGenerator.generate(checkpoints: 80, seed: 3)
        var session = DiagnosticSession(course: course)
        T.run(&session, count: 12)
        #expect(session.probabilities.count == 80)
        #expect(session.probabilities.allSatisfy { $0 > 0 && $0 < 1 })
    }
}
