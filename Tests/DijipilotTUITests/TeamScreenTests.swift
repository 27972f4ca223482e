import DijipilotCore
import Foundation
import Testing

@testable import DijipilotTUI

@Suite("the team screen, the disagreement map and the heatmap's disagreement mode")
struct TeamScreenTests {
    typealias F = DiagnosticFixture
    typealias T = TeamFixture

    @Test("m on Home opens the team screen, listing every respondent with role, date and answers")
    func roster() throws {
        var state = try T.state(width: 120, height: 40)
        F.press("m", &state)
        #expect(state.route == .team)
        let text = AppView.render(state).text
        #expect(text.contains("Your team: 3 respondents"))
        for (name, role) in [("Ana", "founder"), ("Sam", "operations"), ("Kim", "marketing")] {
            let row = text.split(separator: "\n").first { $0.contains(" \(name) ") }
            #expect(row?.contains(role) == true, "\(name)")
        }
        let answered = "\(state.progress.latestDiagnostic!.answers.count)"
        let kim = text.split(separator: "\n").first { $0.contains(" Kim ") } ?? ""
        #expect(kim.contains(Wording.day(F.now.addingTimeInterval(2 * 86_400))) && kim.contains(" \(answered) "))
        #expect(text.contains("Where you disagree"))
    }

    @Test("alone, the team screen says how to add a teammate, and s, w and x say one is needed")
    func alone() throws {
        var state = try T.state(teammates: 0)
        F.press("m", &state)
        let text = AppView.render(state).text
        #expect(text.contains("just you so far"))
        #expect(text.contains("dijipilot team export") && text.contains("dijipilot team add"))
        #expect(TeamScreen.keys(state.screens[TeamScreen.self], app: state).command(for: .character("s")) == nil)
        F.press("h", &state)
        #expect(state.route == .results)
        F.press("x", &state)
        #expect(state.results.disagreement == false)
        #expect(state.message?.text.contains("needs a teammate") == true)
        F.press("w", &state)
        #expect(state.route == .results)
        #expect(state.message?.text.contains("add a teammate") == true)
    }

    @Test("a teammate from another curriculum version is listed as left out, and no team picture is offered")
    func leftOut() throws {
        var state = try T.state(teammates: 1)
        state.progress.teammates[0].contentHash = "another"
        F.press("m", &state)
        #expect(state.team.picture == nil)
        let text = AppView.render(state).text
        #expect(text.contains("another curriculum version,") && text.contains("left out"))
        #expect(text.contains("only one counts"))
        #expect(TeamScreen.keys(state.screens[TeamScreen.self], app: state).command(for: .character("s")) == nil)
    }

    @Test("s shows the team picture in the results, Home and the roadmap (read-only), and s again your own answers")
    func switchPicture() throws {
        var state = try T.state(width: 120, height: 40)
        let own = state.mastery.overallMastery
        let picture = try #require(state.team.picture)
        let team = MasteryView(
            curriculum: state.course.curriculum, result: picture.result, done: state.progress.doneLessonIDs
        ).overallMastery
        #expect(abs(own - team) > 0.001)
        F.press("ms", &state)
        #expect(state.showsTeam)
        #expect(state.mastery.overallMastery == team)
        // Home's bars show the team's picture, and its line below says so instead of your last diagnostic.
        F.press([.escape], &state)
        let home = AppView.render(state).text
        #expect(home.contains("Showing the team picture of Ana, Sam, Kim"))
        #expect(!home.contains("Last diagnostic"))
        F.press("m", &state)
        F.press("h", &state)
        #expect(AppView.render(state).text.contains("team picture of Ana, Sam, Kim"))
        // The roadmap shows the team's plan, read-only: Space marks nothing.
        F.press([.escape, .escape, .character("r")], &state)
        let teamPlan = state.progress.teamRoadmap(picture, course: state.course, at: state.now).items
        #expect(state.shownRoadmap?.items == teamPlan)
        #expect(state.shownRoadmap?.items != state.progress.roadmap?.items)
        #expect(AppView.render(state).text.contains("The team's roadmap (read-only)"))
        let before = state.progress
        #expect(F.press([.character(" "), .character("s"), .character("+")], &state).isEmpty)
        #expect(state.progress == before)
        F.press([.escape, .character("m"), .character("s")], &state)
        #expect(!state.showsTeam && state.mastery.overallMastery == own)
        #expect(state.shownRoadmap == state.progress.roadmap)
        #expect(state.progress.teammates.count == 2)
    }

    @Test("the map lists the core's ranking, top first, with each respondent's own words; Enter opens the lesson")
    func map() throws {
        var state = try T.state(width: 120, height: 40)
        F.press("mw", &state)
        #expect(state.route == .disagreements)
        let map = TeamDisagreements(
            picture: state.progress.teamPicture(course: state.course), curriculum: state.course.curriculum, top: nil)
        #expect(map.items.count > 3)
        let text = AppView.render(state).text
        #expect(text.contains("\(map.items.count) checkpoints where your estimates differ"))
        let first = map.items[0]
        #expect(text.contains("1. \(first.lessonID)  "))
        #expect(text.contains("2. \(map.items[1].lessonID)  "))
        let said = try #require(first.voices.first { !$0.words.isEmpty })
        #expect(text.contains("\"" + String(said.words[0].prefix(30))))
        #expect(text.contains(Wording.pointsApart(first.spread)))
        F.press([.down, .down], &state)
        F.press([.enter], &state)
        #expect(state.route == .tree)
        #expect(state.tree.selected == .lesson(state.course.curriculum.indexByID[map.items[2].lessonID]!))
    }

    @Test("moving down the map keeps the selected checkpoint's title on screen; End reaches the last")
    func scrolling() throws {
        var state = try T.state()
        F.press("mw", &state)
        let count = state.team.disagreements!.items.count
        for _ in 0..<12 {
            F.press([.pageDown], &state)
            let title = "\(state.screens[DisagreementsScreen.self].selected + 1). "
            #expect(AppView.render(state).text.contains(title))
        }
        F.press([.end], &state)
        #expect(state.screens[DisagreementsScreen.self].selected == count - 1)
        #expect(AppView.render(state).text.contains("\(count) of \(count)"))
        F.press([.home], &state)
        #expect(state.screens[DisagreementsScreen.self].selected == 0)
    }

    @Test("x on the heatmap shades each cell by the level of its spread, and x again shows mastery")
    func heatmapMode() throws {
        var state = try T.state(width: 120, height: 40)
        F.press("hx", &state)
        #expect(state.results.disagreement)
        let grid = AppView.render(state)
        #expect(grid.text.contains("Respondents apart by:"))
        let area = AppView.contentArea(state)
        let layout = ResultsLayout(app: state, area: area)
        let spreads = state.team.spreads
        for p in 0..<3 {
            let y = layout.table.y + p
            let row = grid.text.split(separator: "\n", omittingEmptySubsequences: false)[y]
            for cell in layout.cells(program: p, app: state) {
                let level = try #require(DisagreementLevel.widest(cell.lessons.map { spreads[$0] }))
                let x = layout.cellsX + cell.offset
                let drawn = row[row.index(row.startIndex, offsetBy: x)]
                #expect(drawn == level.glyph, "program \(p + 1), column \(cell.offset)")
            }
        }
        let detail = try #require(ResultsView.disagreementTail(lesson: 0, state: state))
        #expect(grid.text.contains(detail.text))
        F.press("x", &state)
        #expect(!AppView.render(state).text.contains("Respondents apart by:"))
        F.press("w", &state)
        #expect(state.route == .disagreements)
    }
}

@Suite("team snapshots")
struct TeamSnapshotTests {
    typealias F = DiagnosticFixture
    typealias T = TeamFixture

    @Test("snapshots 80×24 and 120×40: the team screen with two teammates")
    func team() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            var state = try T.state(width: w, height: h)
            F.press("m", &state)
            try ScreenSnapshot.check(state, named: "team-\(w)x\(h)")
        }
    }

    @Test("snapshot 80×24: the team screen without teammates")
    func alone() throws {
        var state = try T.state(teammates: 0)
        F.press("m", &state)
        try ScreenSnapshot.check(state, named: "team-alone-80x24")
    }

    @Test("snapshots 80×24 and 120×40: the disagreement map, the second checkpoint selected")
    func map() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            var state = try T.state(width: w, height: h)
            F.press("mw", &state)
            F.press([.down], &state)
            try ScreenSnapshot.check(state, named: "disagreements-\(w)x\(h)")
        }
    }

    @Test("snapshots 80×24 and 120×40: the heatmap in disagreement mode")
    func heatmap() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            var state = try T.state(width: w, height: h)
            F.press("hx", &state)
            try ScreenSnapshot.check(state, named: "results-disagreement-\(w)x\(h)")
        }
    }
}
