import DijipilotCore
import Foundation
import Testing

@testable import DijipilotTUI

@Suite("Home screen")
struct HomeScreenTests {
    func press(_ key: Key, _ state: inout AppState) -> [Effect] { AppUpdate.update(&state, .key(key)) }

    func fresh() throws -> AppState {
        AppState(course: try TestCourse.load(), width: 80, height: 24, usesColor: false, now: RoadmapFixture.now)
    }

    @Test("the menu offers to resume a diagnostic left half-way, with how many answers it has")
    func resumeShown() throws {
        var state = try fresh()
        #expect(AppView.render(state).text.contains("Take the diagnostic"))
        let questions = state.course.bank.questions.prefix(3)
        state.progress.inProgress = InProgressDiagnostic(
            startedAt: RoadmapFixture.now, contentHash: state.course.contentHash,
            answers: questions.map { RecordedAnswer(questionID: $0.id, choice: 0) }, seed: 0, maxQuestions: 30)
        let text = AppView.render(state).text
        #expect(text.contains("Resume the diagnostic (3 answered)"))
        #expect(!text.contains("Take the diagnostic"))
    }

    @Test("without a diagnostic, home says how long one takes")
    func noDiagnostic() throws {
        let text = AppView.render(try fresh()).text
        #expect(text.contains("No diagnostic yet — take one in about 5 minutes"))
    }

    @Test("with a diagnostic, home shows mastery, its date, the roadmap's progress and the next lesson")
    func standing() throws {
        let fixture = try RoadmapFixture.studied()
        let state = RoadmapFixture.state(fixture)
        let text = AppView.render(state).text
        let listing = RoadmapListing(fixture.progress.roadmap, curriculum: fixture.course.curriculum)
        let (done, total) = listing.planProgress
        #expect(text.contains("Mastery"))
        #expect(text.contains("Last diagnostic: \(Wording.day(RoadmapFixture.diagnosedAt))"))
        #expect(text.contains("\(done)/\(total) done"))
        let next = try #require(listing.nextToStudy)
        #expect(next.status == .doing)
        #expect(text.contains(next.lessonID))
    }

    @Test("a click on a menu row runs that entry, where the row is drawn")
    func menuClick() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            var state = try fresh()
            state.width = width; state.height = height
            let grid = AppView.render(state)
            let y = try #require(grid.lines.firstIndex { $0.contains("Your roadmap") })
            _ = press(.mouse(x: 5, y: y, kind: .click), &state)
            #expect(state.route == .roadmap)
        }
    }

    @Test("n opens the next lesson of the roadmap")
    func nextLesson() throws {
        var state = RoadmapFixture.state(try RoadmapFixture.studied())
        _ = press(.character("n"), &state)
        #expect(state.route != .home)
    }

    @Test("snapshots with a diagnostic at 80×24 and 120×40")
    func snapshotsDiagnosed() throws {
        let fixture = try RoadmapFixture.studied()
        try ScreenSnapshot.check(RoadmapFixture.state(fixture), named: "home-80x24")
        try ScreenSnapshot.check(RoadmapFixture.state(fixture, width: 120, height: 40), named: "home-120x40")
    }

    @Test("snapshots without a diagnostic at 80×24 and 120×40")
    func snapshotsFresh() throws {
        var state = try fresh()
        try ScreenSnapshot.check(state, named: "home-fresh-80x24")
        state.width = 120; state.height = 40
        try ScreenSnapshot.check(state, named: "home-fresh-120x40")
    }

    @Test(
        "help snapshots: every key of the curriculum screen at 80×24 and 120×40, the status line says how to close it")
    func helpSnapshots() throws {
        let fixture = try RoadmapFixture.studied()
        for (width, height) in [(80, 24), (120, 40)] {
            var state = RoadmapFixture.state(fixture, width: width, height: height)
            _ = press(.character("c"), &state)
            _ = press(.character("?"), &state)
            #expect(state.showingHelp)
            try ScreenSnapshot.check(state, named: "help-tree-\(width)x\(height)")
            _ = press(.escape, &state)
            #expect(!state.showingHelp)
            #expect(state.route == .tree)
        }
    }

    @Test("help scrolls by row and page, stops with its last row at the bottom, and End and Home jump")
    func helpScrolling() throws {
        var state = RoadmapFixture.state(try RoadmapFixture.studied())
        _ = press(.character("c"), &state)
        _ = press(.character("?"), &state)
        let last = try #require(HelpOverlay.lines(state).last)
        #expect(!AppView.render(state).text.contains(last.help))
        _ = press(.end, &state)
        #expect(state.helpScroll == HelpOverlay.maxScroll(state))
        #expect(AppView.render(state).text.contains(last.help))
        for _ in 0..<5 { _ = press(.down, &state) }
        #expect(state.helpScroll == HelpOverlay.maxScroll(state))
        _ = press(.home, &state)
        #expect(state.helpScroll == 0)
        _ = press(.pageDown, &state)
        #expect(state.helpScroll > 1)
    }

    @Test("with two diagnostics Home shows the overall change since the earlier one")
    func changeOnHome() throws {
        var state = RoadmapFixture.state(try RoadmapFixture.studied())
        #expect(!AppView.render(state).text.contains(" pts"))
        let latest = try #require(state.progress.latestDiagnostic)
        var earlier = latest
        earlier.id = "D0"
        earlier.result.checkpoints = earlier.result.checkpoints.map {
            CheckpointResult(id: $0.id, state: $0.state, probability: min(1, $0.probability + 0.2))
        }
        state.progress.diagnostics.insert(earlier, at: 0)
        let points = Int(((earlier.result.overallMastery - latest.result.overallMastery) * 100).rounded())
        #expect(AppView.render(state).text.contains("· −\(points) pts"))
    }
}
