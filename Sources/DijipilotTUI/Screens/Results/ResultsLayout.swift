import DijipilotCore

/// Where everything of the results screen goes for one state and area: shared by drawing, keys and clicks.
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
    var scroll: Int
    var legend: Int
    var detail: Int
    /// Columns: x of each part.
    var idX: Int, idWidth: Int
    var titleX: Int, titleWidth: Int
    var barX: Int, barWidth: Int
    var percentX: Int
    var missingX: Int, uncertainX: Int
    var cellsX: Int, cellsWidth: Int
    /// Per program: one cell per mission instead of per checkpoint.
    var aggregated: [Bool]
    /// Below the legend on tall screens: the most important gaps.
    var gaps: Rect

    static let countWidth = 3

    init(state: AppState, area: Rect) {
        let curriculum = state.course.curriculum
        let programCount = curriculum.programs.count
        let missions = curriculum.programs.indices.map { curriculum.missionRanges(inProgram: $0) }
        let finishedEarly = state.progress.latestDiagnostic?.result.finishedEarly == true

        // Rows: summary, [warning], column header, programs…, legend, detail, [gaps].
        summary = area.y
        warning = finishedEarly ? area.y + 1 : nil
        columnHeader = area.y + (finishedEarly ? 2 : 1)
        let fixedBelow = 2
        let available = max(1, area.maxY - (columnHeader + 1) - fixedBelow)
        let rows = min(programCount, available)
        table = Rect(x: area.x, y: columnHeader + 1, width: area.width, height: rows)
        legend = table.maxY
        detail = legend + 1
        let gapsTop = detail + 2
        gaps = Rect(x: area.x, y: gapsTop, width: area.width, height: max(0, area.maxY - gapsTop))

        // Columns, left to right; the title and the bar share what the cells leave.
        idWidth = max(1, curriculum.programs.map { DisplayWidth.of($0.id) }.max() ?? 1)
        idX = area.x + 1
        titleX = idX + idWidth + 1
        let fixed = 1 + idWidth + 1 + 1 + 1 + 4 + 1 + Self.countWidth + 1 + Self.countWidth + 2 + 1
        let widest = missions.map(HeatmapView.fullWidth).max() ?? 0
        let roomForCells = area.width - fixed - 12 - 6
        cellsWidth = max(0, min(widest, roomForCells))
        aggregated = missions.map { HeatmapView.fullWidth($0) > max(0, roomForCells) }
        let rest = max(0, area.width - fixed - cellsWidth)
        barWidth = max(4, min(20, rest / 3))
        titleWidth = max(4, min(44, rest - barWidth))
        barX = titleX + titleWidth + 1
        percentX = barX + barWidth + 1
        missingX = percentX + 4 + 1
        uncertainX = missingX + Self.countWidth + 1
        cellsX = uncertainX + Self.countWidth + 2

        // Keep the cursor's program on screen.
        let cursor = min(max(0, state.results.program), max(0, programCount - 1))
        var top = min(max(0, state.results.scroll), max(0, programCount - rows))
        if cursor < top { top = cursor }
        if cursor >= top + rows { top = cursor - rows + 1 }
        scroll = max(0, top)
    }

    /// The heatmap cells of program `p`.
    func cells(program p: Int, state: AppState) -> [HeatmapView.Cell] {
        let curriculum = state.course.curriculum
        return HeatmapView.cells(missions: curriculum.missionRanges(inProgram: p), states: state.mastery.states,
                                 aggregated: aggregated[p])
    }

    /// The program drawn on screen row `y`, if any.
    func program(atRow y: Int, count: Int) -> Int? {
        guard y >= table.y, y < table.maxY else { return nil }
        let p = scroll + (y - table.y)
        return p < count ? p : nil
    }
}
