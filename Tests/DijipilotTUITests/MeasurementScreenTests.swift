import DijipilotCore
import Foundation
import Testing

@testable import DijipilotTUI

/// Issue 14 in the app: Home says when each program was last measured and suggests the re-check due; the
/// history screen lists every measurement.
@Suite("Results over time in the app: Home's measured dates and re-check, the history screen")
struct MeasurementScreenTests {
    func press(_ key: Key, _ state: inout AppState) -> [Effect] { AppUpdate.update(&state, .key(key)) }

    /// The fixture's diagnostic taken 200 days before `now`, program 2 re-checked 10 days before, and two roadmap
    /// lessons marked done a day before: programs other than 2 are stale, and the two lessons are due a verify.
    static func aged() throws -> RoadmapFixture.Diagnosed {
        var fixture = try RoadmapFixture.diagnosed()
        let now = RoadmapFixture.now
        fixture.progress.diagnostics[0].takenAt = now.addingTimeInterval(-200 * 86_400)
        var (session, ids) = try fixture.progress.recheckSession(
            focus: .program("2"), course: fixture.course, now: now)
        while session.currentQuestion != nil { try session.answer(choice: 0) }
        fixture.progress.completeRecheck(
            session: session, focus: .program("2"), checkpoints: ids, course: fixture.course,
            at: now.addingTimeInterval(-10 * 86_400))
        let items = try #require(fixture.progress.roadmap?.items)
        for item in items.prefix(2) {
            fixture.progress.setStatus(lessonID: item.lessonID, status: .done, at: now.addingTimeInterval(-86_400))
        }
        return fixture
    }

    @Test("Home's programs show the day each was last measured, “stale” beside those over 120 days old")
    func measuredDates() throws {
        let state = RoadmapFixture.state(try Self.aged(), width: 120, height: 40)
        let lines = AppView.render(state).lines
        let old = Wording.shortDay(RoadmapFixture.now.addingTimeInterval(-200 * 86_400))
        let recent = Wording.shortDay(RoadmapFixture.now.addingTimeInterval(-10 * 86_400))
        let one = try #require(lines.first { $0.contains("Market & Niche Research") })
        let two = try #require(lines.first { $0.contains("Product Sourcing") })
        #expect(one.contains("\(old) stale"))
        #expect(two.contains(recent) && !two.contains(Wording.staleMark))
        #expect(lines.contains { $0.contains("measured") && $0.contains("mastery") })
        // Programs panel shown: the standing leaves the stale note to it.
        #expect(lines.contains { $0.contains("Last re-check: ") && !$0.contains("stale") })
    }

    @Test("without the programs panel the last diagnostic's line says how many programs are stale")
    func staleNoteWhenNarrow() throws {
        var state = RoadmapFixture.state(try Self.aged())
        let text = AppView.render(state).text
        #expect(text.contains("17 programs stale (over 120 days)"))
        // All of them stale: the diagnostic itself is old.
        var fixture = try RoadmapFixture.diagnosed()
        fixture.progress.diagnostics[0].takenAt = RoadmapFixture.now.addingTimeInterval(-121 * 86_400)
        state = RoadmapFixture.state(fixture)
        #expect(AppView.render(state).text.contains("· stale: over 120 days old"))
        state = RoadmapFixture.state(try RoadmapFixture.diagnosed())
        #expect(!AppView.render(state).text.contains(Wording.staleMark))
    }

    @Test("nothing due: no suggestion and no v; lessons done since the last check: the line, and v verifies them")
    func suggestionAndKey() throws {
        var state = RoadmapFixture.state(try RoadmapFixture.diagnosed())
        #expect(!AppView.render(state).text.contains("Verify"))
        #expect(!HomeKeys.table(state).contains { $0.keys.contains(.character("v")) })
        _ = press(.character("v"), &state)
        #expect(state.route == .home && state.session == nil)

        state = RoadmapFixture.state(try Self.aged())
        #expect(AppView.render(state).text.contains("Verify    what you finished: 2 lessons [v]"))
        let due = try #require(state.measurements.due)
        _ = press(.character("v"), &state)
        #expect(state.route == .diagnostic)
        #expect(state.recheck == PendingRecheck(focus: .done, checkpoints: due.lessonIDs))
        var asked = 0
        while state.session != nil && asked < 20 { _ = press(.character("1"), &state); asked += 1 }
        #expect(state.progress.rechecks.last?.focus == "done")
        #expect(state.progress.rechecks.last?.checkpoints == due.lessonIDs)
        // Verified: what stays due is the stale evidence, and Home says so.
        _ = press(.escape, &state)
        #expect(state.route == .home)
        #expect(state.measurements.due?.focus == .stale)
        let count = try #require(state.measurements.due?.lessonIDs.count)
        #expect(AppView.render(state).text.contains("Re-check  \(count) checkpoints over 120 days old [v]"))
    }

    @Test("a click on the suggestion starts the re-check, at 80×24 and 120×40")
    func suggestionClick() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            var state = RoadmapFixture.state(try Self.aged(), width: width, height: height)
            let y = try #require(AppView.render(state).lines.firstIndex { $0.contains("what you finished") })
            _ = press(.mouse(x: 12, y: y, kind: .click), &state)
            #expect(state.route == .diagnostic && state.recheck?.focus == .done)
        }
    }

    @Test("the stale suggestion appears as the day passes, without any other change")
    func staleWithTheClock() throws {
        var state = RoadmapFixture.state(try RoadmapFixture.diagnosed())
        #expect(state.measurements.due == nil)
        _ = AppUpdate.update(&state, .clock(RoadmapFixture.diagnosedAt.addingTimeInterval(121 * 86_400)))
        #expect(state.measurements.due?.focus == .stale)
        #expect(AppView.render(state).text.contains("checkpoints over 120 days old"))
    }

    @Test("the roadmap marks a done lesson a re-check confirmed: under it when narrow, in the detail when wide")
    func assessedOnRoadmap() throws {
        var fixture = try RoadmapFixture.diagnosed()
        let id = try #require(fixture.progress.roadmap?.items.first?.lessonID)
        fixture.progress.setStatus(lessonID: id, status: .done, at: RoadmapFixture.now.addingTimeInterval(-60))
        let mark = Wording.assessedMastered(on: RoadmapFixture.now)
        #expect(mark == "assessed mastered by the re-check of \(Wording.shortDay(RoadmapFixture.now))")
        #expect(!AppView.render(RoadmapFixture.onRoadmap(fixture)).text.contains("assessed mastered"))
        fixture.progress.rechecks.append(
            RecheckRecord(
                takenAt: RoadmapFixture.now, focus: "done", diagnosticID: "D1", checkpoints: [id], answers: [],
                confirmed: [id]))
        let narrow = AppView.render(RoadmapFixture.onRoadmap(fixture)).lines
        let row = try #require(narrow.firstIndex { $0.contains("[x] \(id) ") })
        #expect(narrow[row + 1].contains(mark + " · "))
        let wide = AppView.render(RoadmapFixture.onRoadmap(fixture, width: 120, height: 40)).lines
        #expect(wide.contains { $0.contains("│ " + mark) })
    }

    @Test("snapshots of Home with measured dates, stale marks and the suggestion at 80×24 and 120×40")
    func homeSnapshots() throws {
        let fixture = try Self.aged()
        try ScreenSnapshot.check(RoadmapFixture.state(fixture), named: "home-recheck-80x24")
        try ScreenSnapshot.check(RoadmapFixture.state(fixture, width: 120, height: 40), named: "home-recheck-120x40")
    }

    /// The aged fixture on the history screen, reached from Home by h then m.
    func onHistory(width: Int = 80, height: Int = 24) throws -> AppState {
        var state = RoadmapFixture.state(try Self.aged(), width: width, height: height)
        _ = press(.character("h"), &state)
        _ = press(.character("m"), &state)
        return state
    }

    @Test("m on the results opens every measurement: a row per diagnostic and re-check, each program over time")
    func historyRows() throws {
        var state = try onHistory(width: 120, height: 40)
        #expect(state.route == .history)
        // Trailing blanks cut, so a row's last column is its end.
        let lines = AppView.render(state).lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        let timeline = MeasurementTimeline(state.progress)
        #expect(timeline.entries.count == 2)
        for entry in timeline.entries {
            let row = try #require(lines.first { $0.hasPrefix("  \(entry.diagnosticID) ") })
            #expect(row.contains(Wording.day(entry.takenAt)) && row.contains(entry.kind.label))
            #expect(row.contains(ProgressBar.percent(entry.overall)))
        }
        #expect(lines.contains { $0.contains("re-check · program 2") })
        let first = try #require(lines.first { $0.hasPrefix("  D1 ") })
        #expect(first.hasSuffix(Wording.staleMark) && first.contains("full diagnostic"))
        let two = try #require(timeline.programs.first { $0.id == "2" })
        let row = try #require(lines.first { $0.contains("Product Sourcing") })
        #expect(row.contains(Sparkline.text(two.mastery)))
        #expect(row.hasSuffix(two.change.map(ComparisonExport.signedPoints) ?? "–"))
        #expect(AppView.render(state).lines.last?.contains("Esc back") == true)
        _ = press(.escape, &state)
        #expect(state.route == .results)
    }

    @Test("the history scrolls to its last line and no further; coming back from the results starts at the top")
    func historyScrolls() throws {
        var state = try onHistory()
        let area = AppView.contentArea(state)
        let count = HistoryView.lines(MeasurementTimeline(state.progress), width: area.width, app: state).count
        #expect(count > area.height)
        _ = press(.end, &state)
        #expect(state.history.scroll == count - area.height)
        _ = press(.down, &state)
        #expect(state.history.scroll == count - area.height)
        #expect(AppView.render(state).text.contains("The trend runs oldest to newest"))
        _ = press(.pageUp, &state)
        #expect(state.history.scroll == max(0, count - area.height - (area.height - 1)))
        _ = press(.escape, &state)
        _ = press(.character("m"), &state)
        #expect(state.history.scroll == 0)
    }

    @Test("scrolled into the program table, its column headers stay on the top row; above the table they scroll")
    func stickyHeaders() throws {
        var state = try onHistory()
        let area = AppView.contentArea(state)
        let lines = HistoryView.lines(MeasurementTimeline(state.progress), width: area.width, app: state)
        let header = try #require(lines.firstIndex { $0.spans.first?.text.contains("Program") == true })
        let rowText = { (i: Int) in lines[i].spans.map(\.text).joined() }
        for _ in 0..<(header + 3) { _ = press(.down, &state) }
        let top = state.history.scroll  // at most the last scroll position
        try #require(top > header)
        var screen = AppView.render(state).lines
        #expect(screen[area.y].hasPrefix(rowText(header)))
        #expect(screen[area.y + 1].hasPrefix(rowText(top + 1)))
        // Scrolled to the header itself, nothing is pinned: it is simply the first line.
        for _ in 0..<(top - header) { _ = press(.up, &state) }
        screen = AppView.render(state).lines
        #expect(screen[area.y].hasPrefix(rowText(header)))
        #expect(screen[area.y + 1].hasPrefix(rowText(header + 1)))
    }

    @Test("with many measurements the history keeps the latest columns that fit, says so, and no line overflows")
    func manyMeasurements() throws {
        var fixture = try Self.aged()
        let base = try #require(fixture.progress.diagnostics.first)
        for n in 1...14 {
            var copy = base
            copy.id = "D\(n + 10)"
            copy.takenAt = base.takenAt.addingTimeInterval(Double(n) * 86_400)
            fixture.progress.diagnostics.append(copy)
        }
        var state = RoadmapFixture.state(fixture)
        _ = press(.character("h"), &state)
        _ = press(.character("m"), &state)
        let area = AppView.contentArea(state)
        let lines = HistoryView.lines(MeasurementTimeline(state.progress), width: area.width, app: state)
        #expect(lines.allSatisfy { $0.width <= area.width }, "\(lines.map(\.width).max() ?? 0)")
        let heading = try #require(lines.first { $0.spans.first?.text.contains("Mastery per program") == true })
        let note = try #require(heading.spans.first?.text)
        let shown = try #require(Int(note.split(separator: " ").reversed()[3]))
        #expect(note.hasSuffix("of 16 shown") && shown >= 1 && shown < 16)
        // The trend covers all sixteen measurements.
        let program = try #require(MeasurementTimeline(state.progress).programs.first)
        #expect(lines.contains { $0.spans.first?.text.contains(Sparkline.text(program.mastery)) == true })
        #expect(program.mastery.count == 16)
    }

    @Test("the results list m in their status line and help")
    func resultsKey() throws {
        var state = RoadmapFixture.state(try Self.aged(), width: 120, height: 40)
        _ = press(.character("h"), &state)
        #expect(AppView.render(state).lines.last?.contains("m history") == true)
        #expect(ResultsKeys.heatmap.contains { $0.keys == [.character("m")] && $0.command == .history })
    }

    @Test("snapshots of the history at 80×24 and 120×40")
    func historySnapshots() throws {
        try ScreenSnapshot.check(try onHistory(), named: "history-80x24")
        try ScreenSnapshot.check(try onHistory(width: 120, height: 40), named: "history-120x40")
    }

    @Test("a trend bar per value on an absolute scale, a gap for a missing one")
    func sparkline() {
        #expect(Sparkline.text([0, 0.5, 1, nil, 0.25]) == "▁▅█ ▃")
        #expect(Sparkline.text([-1, 2, .nan]) == "▁█ ")
        #expect(Sparkline.text([]) == "")
    }
}
