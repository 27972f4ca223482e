import DijipilotCore
import Testing

@testable import DijipilotTUI

@Suite("Tree search beyond titles")
struct TreeSearchPlaceTests {
    func lesson(_ id: String) throws -> Lesson {
        try #require(try TestCourse.load().curriculum.lesson(id))
    }

    @Test("a lesson is found by its title first, then its summary, steps, done-when and checkpoint")
    func places() throws {
        let lesson = try lesson("6.12.1.1")
        let work = try #require(lesson.work)
        #expect(TreeSearch("CONTINUITY").place(in: lesson) == .title)
        #expect(TreeSearch(lesson.summary.why).place(in: lesson) == .summary)
        #expect(TreeSearch(work.steps[3]).place(in: lesson) == .steps)
        #expect(TreeSearch(work.doneWhen[1]).place(in: lesson) == .doneWhen)
        #expect(TreeSearch(lesson.checkpoint).place(in: lesson) == .checkpoint)
        #expect(TreeSearch("zzz no such words").place(in: lesson) == nil)
        #expect(TreeSearch("").place(in: lesson) == nil)
    }

    @Test("/ with words from a lesson's steps selects it, and the search line says where it matched")
    func searchLineSaysWhere() throws {
        var state = try TreeFixture.onTree(width: 120, height: 40)
        // Words found only in the fourth step of 6.12.1.1.
        TreeFixture.press([.character("/")], &state)
        TreeFixture.type("first-day checklist", &state)
        TreeFixture.press([.enter], &state)
        #expect(TreeFixture.selectedID(state) == "6.12.1.1")
        #expect(TreeFixture.screen(state).contains("1 of 1, in steps"))
    }
}
