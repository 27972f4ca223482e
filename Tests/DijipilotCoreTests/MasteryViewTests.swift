import Foundation
import Testing

@testable import DijipilotCore

@Suite("Mastery view: what a diagnostic measured")
struct MasteryViewTests {
    @Test("a diagnostic about some programs leaves the others not measured, out of the overall, instead of 0%")
    func scopedLeavesOthersUnmeasured() throws {
        let course = try CourseLoader.load(folder: try #require(DataLocator.builtInFolder()))
        var session = DiagnosticSession(course: course, config: DiagnosticConfig(maxQuestions: 6, seed: 3))
        while !session.isFinished { try session.answer(choice: 0) }
        let full = MasteryView(curriculum: course.curriculum, result: session.result())
        #expect((0..<course.curriculum.programs.count).allSatisfy(full.isMeasured(program:)))

        let scoped = MasteryView(
            curriculum: course.curriculum, result: session.result().limited(to: ["7"], curriculum: course.curriculum))
        let seven = try #require(course.curriculum.programs.firstIndex { $0.id == "7" })
        #expect(scoped.isMeasured(program: seven))
        #expect(!scoped.isMeasured(program: 0))
        let range = course.curriculum.programRanges[seven]
        #expect(scoped.programScores[seven].mastery == full.mastery(of: range))
        #expect(abs(scoped.overallMastery - scoped.mastery(of: range)) < 1e-12)
        #expect(scoped.overallMastery > 0)
    }
}
