import DijipilotCore
import Foundation
import Testing

@testable import DijipilotTUI

@Suite("the results screen")
struct ResultsScreenTests {
    typealias F = DiagnosticFixture

    static func results(width: Int = 80, height: Int = 24) throws -> AppState {
        var state = try F.state(width: width, height: height)
        F.scriptedDiagnostic(&state)
        return state
    }

    @Test("without a diagnostic it says so and d opens the diagnostic")
    func empty() throws {
        var state = try F.state()
        F.press([.character("h")], &state)
        #expect(state.route == .results)
        #expect(AppView.render(state).text.contains("No diagnostic yet"))
        F.press([.character("d")], &state)
        #expect(state.route == .diagnostic)
    }

    @Test("the lessons the roadmap starts with list their titles in one column, whatever the ids' widths")
    func roadmapStartAligned() throws {
        let state = try Self.results(width: 100, height: 40)
        let lines = AppView.render(state).lines
        let heading = try #require(lines.firstIndex { $0.contains("roadmap starts with (r)") })
        let rows = lines[(heading + 1)...].prefix { $0.hasPrefix("  ") && $0.count > 4 }.filter {
            $0.range(of: #"^  \S \d+(\.\d+){3} "#, options: .regularExpression) != nil
        }
        #expect(rows.count >= 2)
        let titleColumns = Set(
            rows.map { row in
                let afterID = row.dropFirst(4).drop { $0 != " " }
                return row.count - afterID.drop { $0 == " " }.count
            })
        #expect(titleColumns.count == 1, "\(rows)")
    }

    @Test("the cursor moves over the cells and stays within bounds")
    func cursorBounds() throws {
        var state = try Self.results()
        #expect(state.route == .results)
        let curriculum = state.course.curriculum
        F.press([.left, .character("h"), .up, .character("k")], &state)
        #expect(state.results.program == 0 && state.results.checkpoint == 0)
        F.press([.right, .character("l")], &state)
        #expect(state.results.checkpoint == 2)
        F.press(Array(repeating: .right, count: 50), &state)
        #expect(state.results.checkpoint == curriculum.programRanges[0].count - 1)
        F.press(Array(repeating: .down, count: 40), &state)
        #expect(state.results.program == curriculum.programs.count - 1)
        let last = curriculum.programRanges[curriculum.programs.count - 1]
        #expect(state.results.checkpoint < last.count)
        F.press([.character("j"), .end], &state)
        #expect(state.results.checkpoint == last.count - 1)
        F.press([.home], &state)
        #expect(state.results.checkpoint == 0)
    }

    @Test("moving down keeps the column where the next row allows")
    func verticalColumn() throws {
        var state = try Self.results(width: 120, height: 40)
        // Program 1 has missions of 3 and 4 checkpoints, program 2 of 4 and 3: the last cells line up.
        F.press(Array(repeating: .right, count: 6), &state)
        #expect(state.results.checkpoint == 6)
        F.press([.down], &state)
        #expect(state.results.program == 1 && state.results.checkpoint == 6)
        F.press([.home, .right, .right, .right, .up], &state)
        // Program 2's fourth checkpoint (column 3) lands on program 1's nearest cell: its third checkpoint.
        #expect(state.results.program == 0 && state.results.checkpoint == 2)
    }

    @Test("the detail line names the checkpoint under the cursor, its state and probability")
    func detail() throws {
        var state = try Self.results()
        F.press([.down, .right], &state)
        let index = state.course.curriculum.programRanges[1].lowerBound + 1
        let lesson = state.course.curriculum.lessons[index]
        let text = AppView.render(state).text
        #expect(text.contains(lesson.id + " "))
        #expect(text.contains("· " + state.mastery.states[index].label))
        #expect(text.contains("p = "))
        #expect(AppView.render(state).cursor != nil)
    }

    @Test("Enter opens the lesson under the cursor; r opens the roadmap")
    func openLesson() throws {
        var state = try Self.results()
        F.press([.enter], &state)
        #expect(state.route == .tree)
        var other = try Self.results()
        F.press([.character("r")], &other)
        #expect(other.route == .roadmap)
    }

    @Test("a click on a cell moves the cursor there")
    func click() throws {
        var state = try Self.results()
        let area = Rect(x: 0, y: 1, width: 80, height: 22)
        let layout = ResultsLayout(app: state, area: area)
        let cells = layout.cells(program: 3, app: state)
        let target = cells[cells.count - 1]
        F.press([.mouse(x: layout.cellsX + target.offset, y: layout.table.y + 3, kind: .click)], &state)
        #expect(state.results.program == 3)
        #expect(
            state.results.checkpoint == target.lessons.lowerBound - state.course.curriculum.programRanges[3].lowerBound)
    }

    @Test("programs that do not fit get a cell per mission, and the legend says so")
    func aggregation() throws {
        var state = try Self.results(width: 60, height: 18)
        let layout = ResultsLayout(app: state, area: Rect(x: 0, y: 1, width: 60, height: 16))
        #expect(layout.aggregated.contains(true))
        let text = AppView.render(state).text
        #expect(text.contains("a cell per mission"))
        let diff = try DiagnosticSnapshot.check(state, "results-60x18.txt")
        #expect(diff == nil, "\(diff ?? "")")
        // Every row stays inside the screen and the table scrolls to the cursor.
        F.press(Array(repeating: .down, count: 17), &state)
        let grid = AppView.render(state)
        #expect(grid.text.contains(state.course.curriculum.programs[17].title.prefix(6)))
        #expect(grid.cursor != nil)
    }

    @Test("with an earlier diagnostic the summary shows the overall change since then, in full or short form")
    func changeSinceEarlier() throws {
        var state = try Self.results(width: 120, height: 40)
        let latest = try #require(state.progress.latestDiagnostic)
        var earlier = latest
        earlier.id = "D0"
        earlier.takenAt = latest.takenAt.addingTimeInterval(-30 * 86_400)
        earlier.result.checkpoints = earlier.result.checkpoints.map {
            CheckpointResult(id: $0.id, state: $0.state, probability: $0.probability / 2)
        }
        earlier.result.programs = earlier.result.programs.map {
            MasteryScore(id: $0.id, title: $0.title, mastery: $0.mastery / 2)
        }
        state.progress.diagnostics.insert(earlier, at: 0)
        let points = Int(((latest.result.overallMastery - earlier.result.overallMastery) * 100).rounded())
        let wide = AppView.render(state).lines[1]
        #expect(wide.contains("+\(points) pts since "))
        // Per program, a +/− column from 100 columns on.
        let lines = AppView.render(state).lines
        #expect(lines[2].contains("+/−"))
        let first = latest.result.programs[0]
        let gain = Int((first.mastery / 2 * 100).rounded())
        #expect(lines[3].contains(first.title.prefix(10)))
        #expect(lines[3].contains(gain == 0 ? "±0" : "+\(gain)"))
        state.width = 80; state.height = 24
        #expect(AppView.render(state).lines[1].contains("+\(points) pts"))
        #expect(!AppView.render(state).lines[2].contains("+/−"))
        state.progress.diagnostics.removeFirst()
        #expect(!AppView.render(state).lines[1].contains("pts"))
    }

    @Test("a list of aggregated programs too long for the row is counted instead of cut mid-number")
    func aggregationNoteFits() {
        let ids = (1...40).map(String.init)
        let long = ResultsLayout.legendItems(counts: [:], aggregatedIDs: ids, programCount: 160, width: 80)
        #expect(long.last?.text == "(40 of 160 programs: a cell per mission)")
        let short = ResultsLayout.legendItems(counts: [:], aggregatedIDs: ["6", "9"], programCount: 18, width: 80)
        #expect(short.last?.text == "(programs 6, 9: a cell per mission)")
        let all = ResultsLayout.legendItems(counts: [:], aggregatedIDs: ["1", "2"], programCount: 2, width: 80)
        #expect(all.last?.text == "(all programs: a cell per mission)")
    }

    @Test("without colour the states still read: each has its own glyph")
    func glyphs() {
        let glyphs = CheckpointDisplayState.allCases.map(\.glyph)
        #expect(Set(glyphs).count == glyphs.count)
        #expect(HeatmapRow.dominant([.missing, .mastered, .mastered]) == .mastered)
        #expect(HeatmapRow.dominant([.missing, .mastered]) == .missing)
    }
}

@Suite("results snapshots")
struct ResultsSnapshotTests {
    @Test("results at 80×24 after a scripted diagnostic")
    func results80() throws {
        var state = try ResultsScreenTests.results()
        F.press([.down, .down, .right], &state)
        let diff = try DiagnosticSnapshot.check(state, "results-80x24.txt")
        #expect(diff == nil, "\(diff ?? "")")
    }

    @Test("results at 120×40 after a scripted diagnostic")
    func results120() throws {
        var state = try ResultsScreenTests.results(width: 120, height: 40)
        F.press([.down, .down, .right], &state)
        let diff = try DiagnosticSnapshot.check(state, "results-120x40.txt")
        #expect(diff == nil, "\(diff ?? "")")
    }

    typealias F = DiagnosticFixture
}
