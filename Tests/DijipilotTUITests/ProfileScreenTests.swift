import DijipilotCore
import Foundation
import Testing

@testable import DijipilotTUI

@Suite("Profile screens")
struct ProfileScreenTests {
    typealias F = DiagnosticFixture

    /// A profile answered in full: dropshipping, own store, US, domestic, solo, no sales, Shopify.
    static let dropshipper = BusinessProfile([
        .stock: "dropshipping", .channels: "own-store", .region: "us", .crossBorder: "domestic", .team: "solo",
        .revenue: "pre-revenue", .platform: "shopify",
    ])

    @Test("the first diagnostic asks the profile first, one field a screen, then starts its first question")
    func firstDiagnosticAsksProfile() throws {
        var state = try F.state(progress: ProgressFile())
        F.press([.character("d"), .enter], &state)
        #expect(state.route == .profile)
        #expect(state.profileScreen.field == .stock)
        F.press("3", &state)
        #expect(state.profileScreen.field == .channels)
        F.press([.down, .enter], &state)
        #expect(state.profileScreen.field == .region)
        F.press("11111", &state)
        #expect(state.route == .diagnostic)
        #expect(state.session?.currentQuestion != nil)
        let saved = state.progress.profile.business
        #expect(saved[.stock] == "dropshipping")
        #expect(saved[.channels] == "marketplaces")
        #expect(saved.isComplete)
        #expect(state.progress.inProgress != nil)
        // Esc on the diagnostic goes back to Home, not to the profile.
        F.press([.escape], &state)
        #expect(state.route == .home)
    }

    @Test("Esc and ← step back a field with its answer selected; Esc on the first field leaves, saving nothing")
    func stepsBack() throws {
        var state = try F.state(progress: ProgressFile())
        F.press([.character("d"), .enter], &state)
        F.press("3", &state)
        F.press([.left], &state)
        #expect(state.profileScreen.field == .stock)
        #expect(state.profileScreen.selected == 2)
        F.press("3", &state)
        F.press([.escape], &state)
        #expect(state.profileScreen.field == .stock)
        F.press([.escape], &state)
        #expect(state.route == .diagnostic)
        #expect(state.session == nil)
        #expect(state.progress.profile.business.isEmpty)
    }

    @Test("\"Prefer not to say\" is the last option everywhere and filters nothing")
    func preferNotToSay() throws {
        var state = try F.state(progress: ProgressFile())
        F.press([.character("d"), .enter], &state)
        F.skipProfile(&state)
        #expect(state.route == .diagnostic)
        let business = state.progress.profile.business
        #expect(business.isComplete)
        #expect(ProfileField.allCases.allSatisfy { business[$0] == ProfileField.preferNotToSay })
        #expect(CourseApplicability(course: state.course, profile: business).everythingApplies)
    }

    @Test("a later diagnostic starts from the saved profile with Enter; p changes it first")
    func laterDiagnostic() throws {
        var progress = ProgressFile()
        progress.profile.business = Self.dropshipper
        var state = try F.state(progress: progress)
        F.press([.character("d")], &state)
        #expect(AppView.render(state).text.contains("Dropshipping · Own store"))
        F.press([.enter], &state)
        #expect(state.route == .diagnostic && state.session != nil)

        state = try F.state(progress: progress)
        F.press([.character("d"), .character("p")], &state)
        #expect(state.route == .profile)
        #expect(state.profileScreen.selected == 2)  // dropshipping, as saved
        F.press("1", &state)
        F.press([.enter, .enter, .enter, .enter, .enter, .enter], &state)
        #expect(state.route == .diagnostic && state.session != nil)
        #expect(state.progress.profile.business[.stock] == "own-stock")
        #expect(state.progress.profile.business[.team] == "solo")
    }

    @Test("Home shows the profile in one line; p changes it, recomputing results and roadmap, keeping answers and done")
    func changeFromHome() throws {
        var state = try F.state(progress: ProgressFile())
        F.scriptedDiagnostic(&state)
        F.press([.escape], &state)
        #expect(state.route == .home)
        let answers = state.progress.latestDiagnostic?.answers
        let planned = state.progress.roadmap?.items.map(\.lessonID) ?? []
        #expect(planned.contains("13.2.1.1"))
        #expect(!AppView.render(state).text.contains("Dropshipping"))

        F.press("p", &state)
        #expect(state.route == .profile)
        F.press("3", &state)
        F.press([.enter, .enter, .enter, .enter, .enter, .enter], &state)
        #expect(state.route == .home)
        #expect(state.progress.profile.business[.stock] == "dropshipping")
        #expect(state.progress.latestDiagnostic?.answers == answers)
        #expect(state.progress.latestDiagnostic?.result.notApplicable.contains("13.2.1.1") == true)
        #expect(state.progress.roadmap?.items.contains { $0.lessonID == "13.2.1.1" } == false)
        #expect(state.mastery.applies("13.2.1.1") == false)
        #expect(AppView.render(state).text.contains(" Dropshipping"))
        #expect(state.message?.text.contains("recomputed") == true)
        try ScreenSnapshot.check(state, named: "home-profile-80x24")
    }

    @Test("snapshots of the profile screens at 80×24 and 120×40")
    func snapshots() throws {
        var state = try F.state(progress: ProgressFile())
        F.press([.character("d"), .enter], &state)
        try ScreenSnapshot.check(state, named: "profile-stock-80x24")
        F.press("3", &state)
        F.press("1", &state)
        state.width = 120; state.height = 40
        try ScreenSnapshot.check(state, named: "profile-region-120x40")
        F.press([.down, .down], &state)
        state.width = 80; state.height = 24
        try ScreenSnapshot.check(state, named: "profile-region-80x24")

        var progress = ProgressFile()
        progress.profile.business = Self.dropshipper
        state = try F.state(progress: progress)
        F.press([.character("d")], &state)
        try ScreenSnapshot.check(state, named: "diagnostic-intro-profile-80x24")
    }

    @Test("the tree dims lessons that do not apply, with the reason, and the lesson pane still reads them")
    func treeNotApplicable() throws {
        var state = try F.state(progress: ProgressFile())
        F.scriptedDiagnostic(&state)
        F.press([.escape, .character("p"), .character("3")], &state)
        F.press([.enter, .enter, .enter, .enter, .enter, .enter], &state)
        F.press([.character("c"), .character("/")], &state)
        F.press("Third-Party Logistics", &state)
        F.press([.enter], &state)
        let text = AppView.render(state).text
        #expect(text.contains("– 13.2.1.1"))
        #expect(text.contains("not for dropshipping"))
        try ScreenSnapshot.check(state, named: "tree-not-applicable-80x24")
        state.width = 120; state.height = 40
        try ScreenSnapshot.check(state, named: "tree-not-applicable-120x40")
        F.press([.tab], &state)
        #expect(AppView.render(state).text.contains("not applicable, not for dropshipping"))
        #expect(AppView.render(state).text.contains("What it is"))
    }

    @Test("the heatmap draws lessons that do not apply as – and counts them apart in the legend")
    func heatmapNotApplicable() throws {
        var state = try F.state(progress: ProgressFile())
        F.press([.character("d"), .enter, .character("3")], &state)
        F.skipProfile(&state)
        F.press("2fy", &state)
        #expect(state.route == .results)
        let count = state.mastery.applicable.filter { !$0 }.count
        #expect(count > 0)
        #expect(AppView.render(state).text.contains("– not applicable \(count)"))
    }
}
