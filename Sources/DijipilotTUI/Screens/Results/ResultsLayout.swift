import DijipilotCore

/// Where everything of the results screen goes in one area for one revision of the data: shared by drawing,
/// keys and clicks, and kept in the screen's state until the area or the data change (building it reads every
/// program and counts every checkpoint's state, too much to redo per key at 10,000 checkpoints).
///
/// The gap analysis and the heatmap both have one row per program, so they sit side by side on the same
/// rows (program, mastery bar, missing/uncertain counts, then the checkpoint cells): at 80×24 all 18
/// programs fit at once. Columns shrink with the width; a program whose checkpoints do not fit gets one
/// cell per mission; with more programs than rows the table scrolls.
struct ResultsLayout {
    var summary: Int
    var warning: Int?
    var columnHeader: Int
    /// Rows of the table (one per visible program).
    var table: Rect
    var programCount: Int
    var legend: Int
    var detail: Int
    /// Columns: x of each part.
    var idX: Int, idWidth: Int
    var titleX: Int, titleWidth: Int
    var barX: Int, barWidth: Int
    var percentX: Int
    /// Where each program's change since the previous diagnostic goes, when there is one and room for it.
    var changeX: Int?
    var missingX: Int, uncertainX: Int
    var cellsX: Int, cellsWidth: Int
    /// Per program: one cell per mission instead of per checkpoint.
    var aggregated: [Bool]
    /// Below the legend on tall screens: the most important gaps.
    var gaps: Rect
    /// The legend's parts (a state's glyph and label with its count, then a note on aggregated rows), in order.
    var legendItems: [(state: CheckpointDisplayState?, text: String)]
    var legendRows: Int

    /// "█ mastered 14", …, and "(program 6: a cell per mission)"; without counts when they would need a second row.
    static func legendItems(
        counts: [CheckpointDisplayState: Int], aggregatedIDs: [String], programCount: Int,
        width: Int, notApplicable: Int = 0
    ) -> [(state: CheckpointDisplayState?, text: String)] {
        // "Done anyway" is listed once some lesson is in that state: it is rare, and the counts should keep one row.
        let states = CheckpointDisplayState.allCases.filter { $0 != .doneAnyway || (counts[$0] ?? 0) > 0 }
        var items: [(state: CheckpointDisplayState?, text: String)] = states.map { state in
            (state, "\(state.glyph) \(state.label) \(counts[state] ?? 0)")
        }
        if flow(items.map(\.text), width: width - 1).rows > 1 {
            items = states.map { ($0, "\($0.glyph) \($0.label)") }
        }
        // Lessons the business profile rules out: drawn "–", outside every count above.
        if notApplicable > 0 { items.append((nil, "– not applicable \(notApplicable)")) }
        if !aggregatedIDs.isEmpty {
            var which =
                aggregatedIDs.count == programCount
                ? "all programs"
                : (aggregatedIDs.count == 1 ? "program " : "programs ") + aggregatedIDs.joined(separator: ", ")
            // A long list would be cut mid-number: name how many instead.
            if DisplayWidth.of("(\(which): a cell per mission)") > width - 1 {
                which = "\(aggregatedIDs.count) of \(programCount) programs"
            }
            items.append((nil, "(\(which): a cell per mission)"))
        }
        return items
    }

    /// Lays items out left to right, two spaces apart, wrapping whole items: each item's (row, column).
    static func flow(_ texts: [String], width: Int) -> (rows: Int, positions: [(row: Int, x: Int)]) {
        var row = 0, x = 0
        var positions: [(row: Int, x: Int)] = []
        for text in texts {
            let w = DisplayWidth.of(text)
            if x > 0 && x + 2 + w > width { row += 1; x = 0 }
            if x > 0 { x += 2 }
            positions.append((row, x))
            x += w
        }
        return (texts.isEmpty ? 0 : row + 1, positions)
    }

    static let countWidth = 3
    /// "+12", "−3", "±0", "new": points since the previous diagnostic.
    static let changeWidth = 4

    /// What a layout is built from: the next key or frame can use it while these are the same.
    struct Inputs: Equatable, Sendable {
        var area: Rect
        var revision: Int
    }

    init(app state: AppState, area: Rect) {
        let curriculum = state.course.curriculum
        let programCount = curriculum.programs.count
        self.programCount = programCount
        let missions = state.lessonRanges.missions
        let finishedEarly = state.progress.latestDiagnostic?.result.finishedEarly == true

        // Rows: summary, [warning], column header, programs…, legend, detail, [gaps].
        summary = area.y
        warning = finishedEarly ? area.y + 1 : nil
        columnHeader = area.y + (finishedEarly ? 2 : 1)
        // Columns first: they decide which programs get a cell per mission, which the legend mentions.
        idWidth = max(1, curriculum.programs.map { DisplayWidth.of($0.id) }.max() ?? 1)
        let changeWidth = state.progress.diagnostics.count >= 2 && area.width >= 100 ? Self.changeWidth + 1 : 0
        let fixed = 1 + idWidth + 1 + 1 + 1 + 4 + 1 + Self.countWidth + 1 + Self.countWidth + 2 + 1 + changeWidth
        let widest = missions.map(HeatmapRow.fullWidth).max() ?? 0
        let roomForCells = area.width - fixed - 12 - 6
        let aggregated = missions.map { HeatmapRow.fullWidth($0) > max(0, roomForCells) }
        let aggregatedIDs = curriculum.programs.indices.filter { aggregated[$0] }.map { curriculum.programs[$0].id }
        legendItems = Self.legendItems(
            counts: state.mastery.counts, aggregatedIDs: aggregatedIDs,
            programCount: programCount, width: area.width,
            notApplicable: state.mastery.applicable.filter { !$0 }.count)
        legendRows = Self.flow(legendItems.map(\.text), width: area.width - 1).rows

        let fixedBelow = legendRows + 1
        let available = max(1, area.maxY - (columnHeader + 1) - fixedBelow)
        let rows = min(programCount, available)
        table = Rect(x: area.x, y: columnHeader + 1, width: area.width, height: rows)
        legend = table.maxY
        detail = legend + legendRows
        let gapsTop = detail + 2
        gaps = Rect(x: area.x, y: gapsTop, width: area.width, height: max(0, area.maxY - gapsTop))

        // Columns, left to right; the title and the bar share what the cells leave.
        idX = area.x + 1
        titleX = idX + idWidth + 1
        cellsWidth = max(0, min(widest, roomForCells))
        self.aggregated = aggregated
        let rest = max(0, area.width - fixed - cellsWidth)
        barWidth = max(4, min(20, rest / 3))
        titleWidth = max(4, min(44, rest - barWidth))
        barX = titleX + titleWidth + 1
        percentX = barX + barWidth + 1
        changeX = changeWidth > 0 ? percentX + 4 + 1 : nil
        missingX = percentX + 4 + 1 + changeWidth
        uncertainX = missingX + Self.countWidth + 1
        cellsX = uncertainX + Self.countWidth + 2
    }

    /// The first program row shown: the remembered one, moved just enough to keep the cursor's program on screen.
    func scroll(for results: ResultsScreenState) -> Int {
        let rows = table.height
        let cursor = min(max(0, results.program), max(0, programCount - 1))
        var top = min(max(0, results.scroll), max(0, programCount - rows))
        if cursor < top { top = cursor }
        if cursor >= top + rows { top = cursor - rows + 1 }
        return max(0, top)
    }

    /// The heatmap cells of program `p`.
    func cells(program p: Int, app: AppState) -> [HeatmapRow.Cell] {
        HeatmapRow.cells(missions: app.lessonRanges.missions[p], states: app.mastery.states, aggregated: aggregated[p])
    }

    /// The program drawn on screen row `y` with the table scrolled to `scroll`, if any.
    func program(atRow y: Int, scroll: Int) -> Int? {
        guard y >= table.y, y < table.maxY else { return nil }
        let p = scroll + (y - table.y)
        return p < programCount ? p : nil
    }
}
