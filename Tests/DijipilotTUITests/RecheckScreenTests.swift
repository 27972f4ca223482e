import DijipilotCore
import Foundation
import Testing

@testable import DijipilotTUI

@Suite("Re-checks in the app")
struct RecheckScreenTests {
    func press(_ key: Key, _ state: inout AppState) -> [Effect] { AppUpdate.update(&state, .key(key)) }

    @Test("v on the roadmap verifies the lessons done since: its questions, then the record and a summary")
    func verifyDoneLessons() throws {
        var state = RoadmapFixture.onRoadmap(try RoadmapFixture.diagnosed())
        _ = press(.character("v"), &state)
        #expect(state.route == .roadmap && state.session == nil)
        #expect(state.message?.text.contains("No re-check") == true)

        let id = try #require(state.progress.roadmap?.items.first?.lessonID)
        state.progress.setStatus(lessonID: id, status: .done, at: RoadmapFixture.now.addingTimeInterval(60))
        _ = press(.character("v"), &state)
        #expect(state.route == .diagnostic)
        #expect(state.recheck?.focus == .done && state.recheck?.checkpoints == [id])
        var asked = 0
        while state.session != nil && asked < 20 {
            _ = press(.character("1"), &state); asked += 1
        }
        #expect(asked <= 8)
        #expect(state.session == nil && state.recheck == nil)
        #expect(state.progress.rechecks.count == 1)
        #expect(state.progress.rechecks.first?.checkpoints == [id])
        #expect(state.message?.text.hasPrefix("Re-check done:") == true)
    }
}
