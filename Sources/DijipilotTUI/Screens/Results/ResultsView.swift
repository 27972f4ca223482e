import DijipilotCore
import Foundation

/// Draws the results: summary, gap analysis beside the heatmap, legend, the cursor's checkpoint, top gaps.
enum ResultsView {
    static func render(into grid: inout Grid, area: Rect, results: ResultsScreenState, app state: AppState) {
        guard let record = state.progress.latestDiagnostic else {
            renderEmpty(into: &grid, area: area, state: state)
            return
        }
        let theme = state.theme
        let curriculum = state.course.curriculum
        let mastery = state.mastery
        let layout =
            results.layout.kept(for: ResultsLayout.Inputs(area: area, revision: state.revision))
            ?? ResultsLayout(app: state, area: area)
        let scroll = layout.scroll(for: results)

        // Summary: overall mastery, when, how many questions.
        var x = area.x + 1
        x += grid.put("Overall mastery ", x: x, y: layout.summary, style: .bold, maxWidth: area.maxX - x)
        let overallBar = max(4, min(20, area.width / 6))
        if x + overallBar < area.maxX {
            ProgressBar(mastery.overallMastery, filled: theme.barFilled, empty: theme.barEmpty)
                .render(into: &grid, area: .row(x: x, y: layout.summary, width: overallBar))
            x += overallBar + 1
        }
        let questions = (state.shownResult ?? record.result).questionsAsked
        let asked = "\(questions) question\(questions == 1 ? "" : "s")"
        let percent = ProgressBar.percent(mastery.overallMastery)
        // A diagnostic about some programs says so: its overall is the mean over those programs only.
        let scope = state.showsTeam ? "" : record.scope.map { " · programs \(ProgramScope.describe($0))" } ?? ""
        let source =
            state.showsTeam ? state.team.pictureName : "diagnostic of \(Wording.day(record.takenAt))"
        var facts = "\(percent)  ·  \(source)\(scope)  ·  \(asked)"
        if DisplayWidth.of(facts) > area.maxX - x - 1 {
            facts = "\(percent) · \(state.showsTeam ? "team" : Wording.day(record.takenAt))\(scope) · \(asked)"
        }
        x += grid.put(facts, x: x, y: layout.summary, style: .bold, maxWidth: max(0, area.maxX - x))
        // Progress over time: the overall change since the diagnostic before this one (`dijipilot compare` has
        // it per program).
        if let (previous, delta) = state.progress.overallChangeSincePrevious {
            let points = ComparisonExport.signedPoints(delta)
            var change = "  ·  \(points) pts since \(Wording.day(previous.takenAt))"
            if DisplayWidth.of(change) > area.maxX - x - 1 { change = " · \(points) pts" }
            if DisplayWidth.of(change) <= area.maxX - x - 1 {
                grid.put(
                    change, x: x, y: layout.summary,
                    style: changeStyle(ComparisonExport.pointsValue(delta), theme, zero: .plain))
            }
        }
        if let y = layout.warning {
            grid.put(
                " ! finished early: less certain (take the full diagnostic for a firmer result)", x: area.x, y: y,
                style: theme.warning, maxWidth: area.width)
        }

        // Column headings.
        let h = layout.columnHeader
        grid.put("#", x: layout.idX + layout.idWidth - 1, y: h, style: theme.subtle)
        grid.put("Gap analysis", x: layout.titleX, y: h, style: theme.heading, maxWidth: layout.titleWidth)
        grid.put("Mastery", x: layout.barX, y: h, style: theme.subtle, maxWidth: layout.barWidth + 5)
        if let x = layout.changeX { grid.put("  +/−", x: x - 1, y: h, style: theme.subtle) }
        grid.put(" ░", x: layout.missingX, y: h, style: theme.style(for: .missing))
        grid.put(" ▒", x: layout.uncertainX, y: h, style: theme.style(for: .uncertain))
        let scrolls = layout.table.height < curriculum.programs.count
        let more = scrolls ? "\(scroll + 1)-\(scroll + layout.table.height) of \(curriculum.programs.count)" : ""
        let room = area.maxX - layout.cellsX - 1 - (more.isEmpty ? 0 : DisplayWidth.of(more) + 2)
        let disagreement = ResultsScreen.showsDisagreement(results, state)
        var heatmapTitle = disagreement ? "Disagreement · spread per checkpoint" : "Heatmap · a cell per checkpoint"
        if layout.aggregated.contains(true) || DisplayWidth.of(heatmapTitle) > room {
            heatmapTitle = disagreement ? "Disagreement" : "Heatmap"
        }
        if disagreement && DisplayWidth.of(heatmapTitle) > room { heatmapTitle = "Spread" }
        grid.put(heatmapTitle, x: layout.cellsX, y: h, style: theme.heading, maxWidth: max(0, room))
        if !more.isEmpty {
            grid.put(more, x: area.maxX - DisplayWidth.of(more) - 1, y: h, style: theme.subtle)
        }

        // One row per program.
        let scores = mastery.programScores
        let changes = layout.changeX == nil ? [:] : Self.programChanges(state)
        let ranges = state.lessonRanges.programs
        let cursorProgram = min(max(0, results.program), max(0, curriculum.programs.count - 1))
        let cursorLesson = ResultsScreen.cursorLessonIndex(results, state)
        for row in 0..<layout.table.height {
            let p = scroll + row
            guard p < curriculum.programs.count else { break }
            let y = layout.table.y + row
            let program = curriculum.programs[p]
            let isCursorRow = p == cursorProgram
            let id = DisplayWidth.pad(program.id, to: layout.idWidth, alignRight: true)
            grid.put(id, x: layout.idX, y: y, style: isCursorRow ? .bold : theme.subtle)
            grid.put(
                DisplayWidth.truncate(program.title, to: layout.titleWidth), x: layout.titleX, y: y,
                style: isCursorRow ? .bold : .plain)
            if mastery.isMeasured(program: p) {
                ProgressBar(scores[p].mastery, filled: theme.barFilled, empty: theme.barEmpty)
                    .render(into: &grid, area: .row(x: layout.barX, y: y, width: layout.barWidth))
                let percent = ProgressBar.percent(scores[p].mastery)
                grid.put(percent, x: layout.percentX + 4 - percent.count, y: y)
            } else {
                grid.put(Wording.notMeasured, x: layout.barX, y: y, style: theme.subtle, maxWidth: layout.barWidth + 5)
            }
            if let x = layout.changeX, let change = changes[program.id] {
                let text = change.text
                grid.put(
                    text, x: x + ResultsLayout.changeWidth - text.count, y: y,
                    style: changeStyle(change.points, theme, zero: theme.subtle))
            }
            let states = ranges[p].map { mastery.states[$0] }
            count(
                states.filter { $0 == .missing }.count, x: layout.missingX, y: y, style: theme.style(for: .missing),
                theme: theme, into: &grid)
            count(
                states.filter { $0 == .uncertain }.count, x: layout.uncertainX, y: y,
                style: theme.style(for: .uncertain), theme: theme, into: &grid)
            let cells = layout.cells(program: p, app: state)
            let cursor = isCursorRow ? cells.firstIndex { cursorLesson.map($0.lessons.contains) ?? false } : nil
            let cellsArea = Rect.row(x: layout.cellsX, y: y, width: area.maxX - layout.cellsX)
            if disagreement {
                DisagreementRow(cells: cells, spreads: state.team.spreads, theme: theme, cursor: cursor)
                    .render(into: &grid, area: cellsArea)
            } else {
                HeatmapRow(cells: cells, theme: theme, cursor: cursor, applicable: mastery.applicable)
                    .render(into: &grid, area: cellsArea)
            }
        }

        if disagreement {
            renderDisagreementLegend(into: &grid, area: area, y: layout.legend, rows: layout.legendRows, state: state)
        } else {
            renderLegend(into: &grid, area: area, y: layout.legend, layout: layout, state: state)
        }
        renderDetail(into: &grid, area: area, y: layout.detail, layout: layout, results: results, state: state)
        renderGaps(into: &grid, area: layout.gaps, record: record, state: state)
    }

    /// Missing/uncertain counts: dim "·" for none.
    static func count(_ n: Int, x: Int, y: Int, style: Style, theme: Theme, into grid: inout Grid) {
        let text = n == 0 ? "·" : "\(n)"
        grid.put(text, x: x + ResultsLayout.countWidth - text.count, y: y, style: n == 0 ? theme.subtle : style)
    }

    static func renderLegend(into grid: inout Grid, area: Rect, y: Int, layout: ResultsLayout, state: AppState) {
        let theme = state.theme
        let items = layout.legendItems
        let positions = ResultsLayout.flow(items.map(\.text), width: area.width - 1).positions
        for (item, position) in zip(items, positions) {
            let x = area.x + 1 + position.x
            let row = y + position.row
            let room = max(0, area.maxX - x)
            guard let itemState = item.state else {
                grid.put(item.text, x: x, y: row, style: theme.subtle, maxWidth: room)
                continue
            }
            grid.put(String(itemState.glyph), x: x, y: row, style: theme.style(for: itemState), maxWidth: room)
            grid.put(String(item.text.dropFirst()), x: x + 1, y: row, style: theme.subtle, maxWidth: max(0, room - 1))
        }
    }

    /// "6.12.1.1 What is Business Continuity… · missing · p = 0.12" for the cell under the cursor.
    static func renderDetail(
        into grid: inout Grid, area: Rect, y: Int, layout: ResultsLayout, results: ResultsScreenState,
        state: AppState
    ) {
        guard let i = ResultsScreen.cursorLessonIndex(results, state) else { return }
        let theme = state.theme
        let mastery = state.mastery
        let lesson = state.course.curriculum.lessons[i]
        let displayState = mastery.states[i]
        var displayStyle = theme.style(for: displayState)
        var tail = " · " + displayState.label
        if let p = mastery.probabilities[i] { tail += " · p = " + ProbabilityFormat.text(p) }
        if !mastery.applicable[i] {
            // Out of every score and gap: the cell says why rather than "not assessed".
            let reason = lesson.appliesTo?.reason(for: state.progress.profile.business) ?? "outside your profile"
            tail = " · not applicable, " + reason
        }
        if ResultsScreen.showsDisagreement(results, state), let spread = disagreementTail(lesson: i, state: state) {
            tail = spread.text
            displayStyle = spread.style
        }
        if layout.aggregated[results.program] {
            let mission = state.course.curriculum.breadcrumb(forLessonAt: i).mission
            tail += " · mission \(mission.id)"
        }
        let room = area.width - 2 - DisplayWidth.of(lesson.id) - 1 - DisplayWidth.of(tail)
        var x = area.x + 1
        x += grid.put(lesson.id + " ", x: x, y: y, style: .bold, maxWidth: area.maxX - x)
        x += grid.put(DisplayWidth.truncate(lesson.title, to: max(8, room)), x: x, y: y, maxWidth: area.maxX - x)
        grid.put(tail, x: x, y: y, style: displayStyle, maxWidth: max(0, area.maxX - x))
    }

    /// On tall screens: the lessons the roadmap starts with (those still to do), or while no roadmap was built
    /// from this diagnostic, its ranked gaps.
    static func renderGaps(into grid: inout Grid, area: Rect, record: DiagnosticRecord, state: AppState) {
        guard area.height >= 3 else { return }
        let theme = state.theme
        let curriculum = state.course.curriculum
        let mastery = state.mastery
        let builtFrom = state.showsTeam ? RoadmapState.teamPictureBasis : record.id
        let roadmap = state.shownRoadmap.flatMap { $0.basedOnDiagnostic == builtFrom ? $0 : nil }
        let ranked =
            roadmap.map { plan in plan.items.filter { $0.status == .todo || $0.status == .doing }.map(\.lessonID) }
            ?? (state.shownResult ?? record.result).gaps
        let gaps = ranked.filter { id in
            let s = mastery.state(of: id)
            return s == .missing || s == .uncertain
        }
        guard !gaps.isEmpty else { return }
        let heading =
            roadmap == nil
            ? " Biggest gaps first"
            : state.showsTeam
                ? " The team's roadmap starts with (r)" : " Your roadmap starts with (r)"
        grid.put(heading, x: area.x, y: area.y, style: theme.heading, maxWidth: area.width)
        let shown = gaps.prefix(area.height - 1)
        let idWidth = shown.map { DisplayWidth.of($0) }.max() ?? 0  // titles start in one column
        for (k, id) in shown.enumerated() {
            guard let lesson = curriculum.lesson(id) else { continue }
            let s = mastery.state(of: id)
            let y = area.y + 1 + k
            var x = area.x + 2
            x += grid.put(String(s.glyph) + " ", x: x, y: y, style: theme.style(for: s), maxWidth: area.maxX - x)
            x += grid.put(
                DisplayWidth.pad(id, to: idWidth + 2), x: x, y: y, style: theme.subtle, maxWidth: area.maxX - x)
            grid.put(DisplayWidth.truncate(lesson.title, to: max(0, area.maxX - x - 1)), x: x, y: y)
        }
    }

    static func renderEmpty(into grid: inout Grid, area: Rect, state: AppState) {
        let theme = state.theme
        grid.put(" No diagnostic yet", x: area.x, y: area.y + 1, style: theme.heading, maxWidth: area.width)
        let text =
            "Take the diagnostic (about 5 minutes) to see how your business compares with each program, "
            + "mission and checkpoint of the curriculum, and to get a roadmap."
        for (i, line) in DisplayWidth.wrap(text, width: max(1, min(76, area.width - 2))).enumerated() {
            grid.put(line, x: area.x + 1, y: area.y + 3 + i, maxWidth: area.width - 1)
        }
        var x = area.x + 1
        let y = area.y + 6 + (area.width < 70 ? 1 : 0)
        x += grid.put("Press ", x: x, y: y)
        x += grid.put("d", x: x, y: y, style: theme.key)
        grid.put(" to take it.", x: x, y: y)
    }

    /// Per program id: the change in points since the diagnostic before the latest, from both results.
    static func programChanges(_ state: AppState) -> [String: (text: String, points: Int)] {
        let records = state.progress.diagnostics
        guard records.count >= 2 else { return [:] }
        var result: [String: (text: String, points: Int)] = [:]
        for change in DiagnosticComparison.compare(records[records.count - 2].result, records[records.count - 1].result)
        {
            guard change.after != nil else { continue }
            guard let delta = change.change else { result[change.programID] = ("new", 0); continue }
            result[change.programID] = (ComparisonExport.signedPoints(delta), ComparisonExport.pointsValue(delta))
        }
        return result
    }

    /// Green for a gain, red for a loss.
    static func changeStyle(_ points: Int, _ theme: Theme, zero: Style) -> Style {
        points > 0 ? theme.good : (points < 0 ? theme.bad : zero)
    }
}
