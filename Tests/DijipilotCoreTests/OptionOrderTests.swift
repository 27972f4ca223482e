import DijipilotCore
import Foundation
import Testing

@Suite("option order: shuffled per question and session, deterministic")
struct OptionOrderTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Data")
        .standardizedFileURL
    let course: CourseData
    init() throws { course = try CourseLoader.load(folder: Self.data) }

    @Test("the same seed gives the same order; every order is a permutation with Not sure last")
    func deterministicPermutation() {
        for question in course.bank.questions {
            let order = OptionOrder.order(of: question, seed: 42)
            #expect(order == OptionOrder.order(of: question, seed: 42))
            #expect(order.sorted() == Array(question.choices.indices))
            #expect(question.choices[order.last!].isNotSure)
        }
    }

    @Test("across the bank the order really changes with the seed and the question, and no position is favoured")
    func spreadsPositions() {
        var moved = 0
        var bestAt: [Int: Int] = [:]
        for question in course.bank.questions {
            let a = OptionOrder.order(of: question, seed: 1), b = OptionOrder.order(of: question, seed: 2)
            if a != b { moved += 1 }
            let sums = question.choices.map { $0.evidence.values.reduce(0, +) }
            let best = sums.indices.max { sums[$0] < sums[$1] }!
            bestAt[a.firstIndex(of: best)!, default: 0] += 1
        }
        #expect(moved > course.bank.questions.count * 2 / 3)
        // With 4-5 options the best one lands in each of the first four places about a quarter of the time.
        for position in 0..<4 {
            #expect((bestAt[position] ?? 0) > course.bank.questions.count / 10, "position \(position)")
        }
    }

    @Test("the session shows the same order after resume and after going back")
    func resumeAndBack() throws {
        var session = DiagnosticSession(course: course, config: .init(seed: 77))
        var shown: [String: [Int]] = [:]
        for _ in 0..<5 {
            let question = try #require(session.currentQuestion)
            shown[question.id] = session.shownOrder
            try session.answer(choice: session.shownOrder[0])
        }
        let resumed = DiagnosticSession(course: course, config: .init(seed: 77), answers: session.answers)
        #expect(resumed.currentQuestion == session.currentQuestion)
        #expect(resumed.shownOrder == session.shownOrder)
        var back = resumed
        for answer in resumed.answers.reversed() {
            back.back()
            #expect(back.currentQuestion?.id == answer.questionID)
            #expect(back.shownOrder == shown[answer.questionID])
            // The recorded choice is the option shown first: the data index, not the position.
            #expect(answer.choice == shown[answer.questionID]?[0])
        }
    }
}
