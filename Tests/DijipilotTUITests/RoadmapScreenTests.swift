import DijipilotCore
import Foundation
import Testing

@testable import DijipilotTUI

@Suite("Roadmap screen")
struct RoadmapScreenTests {
    func press(_ key: Key, _ state: inout AppState) -> [Effect] { AppUpdate.update(&state, .key(key)) }

    func selectedItem(_ state: AppState) -> RoadmapItem {
        RoadmapListing(state.progress.roadmap, curriculum: state.course.curriculum).items[state.roadmap.selected]
    }

    @Test("the fixture's diagnostic leaves a roadmap of several weeks to show")
    func fixtureIsRealistic() throws {
        let fixture = try RoadmapFixture.diagnosed()
        let listing = RoadmapListing(fixture.progress.roadmap, curriculum: fixture.course.curriculum)
        #expect(listing.groups.count >= 3)
        #expect(listing.items.allSatisfy { $0.status == .todo })
    }

    @Test("Space walks the selected lesson's Done-when list; all ticked it is done; Space again puts it back to do")
    func spaceTogglesDone() throws {
        var state = RoadmapFixture.onRoadmap(try RoadmapFixture.diagnosed())
        let id = selectedItem(state).lessonID
        let count = try #require(state.course.curriculum.lesson(id)?.work?.doneWhen.count)
        #expect(press(.character(" "), &state).isEmpty)
        #expect(state.route == .doneWhen)
        for n in 1...count { #expect(press(.character(Character("\(n)")), &state) == [.saveProgress]) }
        _ = press(.escape, &state)
        #expect(state.route == .roadmap)
        let item = try #require(state.progress.roadmap?.items.first { $0.lessonID == id })
        #expect(item.status == .done)
        #expect(item.doneAt == RoadmapFixture.now)
        #expect(press(.character(" "), &state) == [.saveProgress])
        #expect(state.progress.roadmap?.items.first { $0.lessonID == id }?.status == .todo)
    }

    @Test("s cycles the status: to do → in progress → skipped → to do, saving each time")
    func statusCycle() throws {
        var state = RoadmapFixture.onRoadmap(try RoadmapFixture.diagnosed())
        var seen: [LessonStatus] = []
        for _ in 0..<3 {
            #expect(press(.character("s"), &state) == [.saveProgress])
            seen.append(selectedItem(state).status)
        }
        #expect(seen == [.doing, .skipped, .todo])
    }

    @Test("w and W jump to the first lesson of the next and the previous week")
    func weekJumps() throws {
        var state = RoadmapFixture.onRoadmap(try RoadmapFixture.diagnosed())
        let listing = RoadmapListing(state.progress.roadmap, curriculum: state.course.curriculum)
        state.roadmap.selected = 0
        _ = press(.character("w"), &state)
        #expect(state.roadmap.selected == listing.groups[1].range.lowerBound)
        #expect(
            AppView.render(state).lines[5].hasPrefix(" \(listing.groups[1].title) · "),
            "the week's heading opens the list")
        _ = press(.character("w"), &state)
        #expect(state.roadmap.selected == listing.groups[2].range.lowerBound)
        _ = press(.character("W"), &state)
        #expect(state.roadmap.selected == listing.groups[1].range.lowerBound)
        _ = press(.character("W"), &state)
        _ = press(.character("W"), &state)
        #expect(state.roadmap.selected == 0)
    }

    @Test("g/G and Home/End go to the first and last lesson; moving never leaves the list")
    func ends() throws {
        var state = RoadmapFixture.onRoadmap(try RoadmapFixture.diagnosed())
        let last = RoadmapListing(state.progress.roadmap, curriculum: state.course.curriculum).items.count - 1
        _ = press(.character("G"), &state)
        #expect(state.roadmap.selected == last)
        _ = press(.down, &state)
        _ = press(.pageDown, &state)
        #expect(state.roadmap.selected == last)
        _ = press(.home, &state)
        #expect(state.roadmap.selected == 0)
        _ = press(.up, &state)
        _ = press(.pageUp, &state)
        #expect(state.roadmap.selected == 0)
        _ = press(.end, &state)
        _ = press(.character("g"), &state)
        #expect(state.roadmap.selected == 0 && state.roadmap.scroll == 0)
    }

    @Test("the selected lesson stays on screen however far the list scrolls")
    func selectionStaysVisible() throws {
        var state = RoadmapFixture.onRoadmap(try RoadmapFixture.diagnosed())
        for _ in 0..<40 {
            _ = press(.down, &state)
            let grid = AppView.render(state)
            let cursor = try #require(grid.cursor)
            #expect(cursor.y >= 5 && cursor.y < 23)
            #expect(grid.lines[cursor.y].contains(selectedItem(state).lessonID))
        }
    }

    @Test(
        "+ and - change the weekly time by half an hour, regroup the weeks, keep the selection and save; read-only refuses"
    )
    func weeklyHours() throws {
        var state = RoadmapFixture.onRoadmap(try RoadmapFixture.diagnosed())
        _ = press(.down, &state); _ = press(.down, &state)
        let id = selectedItem(state).lessonID
        let hours = state.progress.settings.hoursPerWeek
        let weeksBefore = RoadmapListing(state.progress.roadmap, curriculum: state.course.curriculum).groups.count
        for _ in 0..<4 { #expect(press(.character("+"), &state) == [.saveProgress]) }
        #expect(state.progress.settings.hoursPerWeek == hours + 2)
        #expect(state.progress.roadmap?.hoursPerWeek == hours + 2)
        #expect(RoadmapListing(state.progress.roadmap, curriculum: state.course.curriculum).groups.count < weeksBefore)
        #expect(selectedItem(state).lessonID == id)
        #expect(state.message?.text.contains("a week") == true)
        #expect(AppView.render(state).text.contains("at \(Wording.hours(hours + 2)) a week"))
        for _ in 0..<20 { _ = press(.character("-"), &state) }
        #expect(state.progress.settings.hoursPerWeek == ProgressFile.hoursPerWeekRange.lowerBound)
        #expect(press(.character("-"), &state).isEmpty)
        state.readOnlyReason = "read-only: progress in use by another Dijipilot"
        let before = state.progress
        #expect(press(.character("+"), &state).isEmpty)
        #expect(state.message?.kind == .error)
        #expect(state.progress == before)
    }

    @Test("read-only: Space and s change nothing and say why")
    func readOnlyRefuses() throws {
        var state = RoadmapFixture.onRoadmap(try RoadmapFixture.diagnosed())
        state.readOnlyReason = "read-only: the progress file is in use by another Dijipilot"
        let before = state.progress
        #expect(press(.character(" "), &state).isEmpty)
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.contains("in use by another Dijipilot") == true)
        #expect(press(.character("s"), &state).isEmpty)
        #expect(state.progress == before)
    }

    @Test("Enter opens the selected lesson")
    func enterOpensLesson() throws {
        var state = RoadmapFixture.onRoadmap(try RoadmapFixture.diagnosed())
        _ = press(.enter, &state)
        #expect(state.route != .roadmap)
    }

    @Test("lessons done under an earlier plan come last, in their own group")
    func earlierPlanLast() throws {
        let fixture = try RoadmapFixture.studied()
        let listing = RoadmapListing(fixture.progress.roadmap, curriculum: fixture.course.curriculum)
        #expect(listing.groups.last?.week == 0)
        #expect(listing.items.last?.week == 0)
        #expect(listing.groups.dropLast().allSatisfy { $0.week > 0 })
        let state = RoadmapFixture.onRoadmap(fixture, width: 120, height: 40)
        var end = state
        _ = AppUpdate.update(&end, .key(.character("G")))
        #expect(AppView.render(end).text.contains("Done under an earlier plan · 1 lesson"))
    }

    @Test("without a roadmap the screen explains where it comes from, and d starts the diagnostic")
    func emptyRoadmap() throws {
        let fixture = try RoadmapFixture.diagnosed()
        var state = AppState(course: fixture.course, width: 80, height: 24, usesColor: false, now: RoadmapFixture.now)
        _ = press(.character("r"), &state)
        #expect(AppView.render(state).text.contains("No roadmap yet"))
        #expect(press(.character(" "), &state).isEmpty)
        _ = press(.character("d"), &state)
        #expect(state.route == .diagnostic)
    }

    @Test("a click selects a lesson; a click on its checkbox opens its Done-when walk")
    func mouse() throws {
        var state = RoadmapFixture.onRoadmap(try RoadmapFixture.diagnosed())
        let grid = AppView.render(state)
        let target = RoadmapListing(state.progress.roadmap, curriculum: state.course.curriculum).items[2]
        let y = try #require(grid.lines.firstIndex { $0.contains(" \(target.lessonID) ") })
        _ = press(.mouse(x: 40, y: y, kind: .click), &state)
        #expect(selectedItem(state).lessonID == target.lessonID)
        #expect(selectedItem(state).status == .todo)
        #expect(press(.mouse(x: 3, y: y, kind: .click), &state).isEmpty)
        #expect(state.route == .doneWhen)
        #expect(state.doneWhenWalk.lessonID == target.lessonID)
    }

    @Test("snapshot at 80×24: weeks, statuses and the reasons below each lesson")
    func snapshot80() throws {
        try ScreenSnapshot.check(RoadmapFixture.onRoadmap(try RoadmapFixture.studied()), named: "roadmap-80x24")
    }

    @Test("snapshot at 120×40: the list beside the selected lesson's details")
    func snapshot120() throws {
        var state = RoadmapFixture.onRoadmap(try RoadmapFixture.studied(), width: 120, height: 40)
        _ = press(.down, &state); _ = press(.down, &state)
        try ScreenSnapshot.check(state, named: "roadmap-120x40")
    }

    @Test("snapshot without a roadmap at 80×24")
    func snapshotEmpty() throws {
        let fixture = try RoadmapFixture.diagnosed()
        var state = AppState(course: fixture.course, width: 80, height: 24, usesColor: false, now: RoadmapFixture.now)
        _ = press(.character("r"), &state)
        try ScreenSnapshot.check(state, named: "roadmap-empty-80x24")
    }

    @Test("a narrow headline gives up “of reading and doing” first, then the +/- hint; the date stays whole")
    func narrowHeadline() throws {
        var state = RoadmapFixture.onRoadmap(try RoadmapFixture.diagnosed(), width: 120, height: 40)
        let built = "built \(Wording.day(try #require(state.progress.roadmap).generatedAt))"
        #expect(AppView.render(state).lines[2].contains("a week of reading and doing · \(built) · +/- change"))
        _ = AppUpdate.update(&state, .resize(width: 80, height: 24))
        var line = AppView.render(state).lines[2]
        #expect(line.contains("a week · \(built) · +/- change"), "\(line)")
        _ = press(.character("+"), &state)  // "3.5 h": one column wider
        _ = AppUpdate.update(&state, .resize(width: 70, height: 24))
        line = AppView.render(state).lines[2]
        #expect(line.contains("a week · \(built)") && !line.contains("+/-"), "\(line)")
        #expect(!line.contains("…"))
    }

    @Test("nothing is drawn outside the screen at the minimum size")
    func minimumSize() throws {
        var state = RoadmapFixture.onRoadmap(try RoadmapFixture.studied(), width: 60, height: 18)
        _ = press(.character("G"), &state)
        let grid = AppView.render(state)
        #expect(grid.lines.allSatisfy { DisplayWidth.of($0) == 60 })
        #expect(grid.cursor != nil)
    }
}
