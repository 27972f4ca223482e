import DijipilotCore

extension Route {
    /// The results of the latest diagnostic: the gap analysis and the heatmap.
    static let results = Route("results")
}

struct ResultsScreenState: ScreenState {
    /// The heatmap cursor: a program (row) and a checkpoint inside it (0-based offset in the program).
    var program = 0
    var checkpoint = 0
    /// First program row shown.
    var scroll = 0
    /// The heatmap shades how far apart the team's answers are instead of mastery (`x`; needs a teammate).
    var disagreement = false
    /// Where everything goes, kept for the area and data it was built for.
    var layout = Derived<ResultsLayout.Inputs, ResultsLayout>()
    init() {}
}

/// Results: overall mastery, the gap analysis per program and the checkpoint heatmap with a cursor.
enum ResultsScreen: Screen {
    static let route = Route.results
    static let title = "Results & heatmap"

    static func keys(_ state: ResultsScreenState, app: AppState) -> [KeyBinding<ResultsCommand>] {
        app.progress.latestDiagnostic == nil
            ? ResultsKeys.withoutDiagnostic : ResultsKeys.heatmap(hasTeam: app.team.picture != nil)
    }

    static func handle(
        _ command: ResultsCommand, key: Key, state: inout ResultsScreenState, app: inout AppState,
        area: Rect
    ) -> [Effect] {
        switch command {
        case .left: move(dx: -1, area: area, &state, app)
        case .right: move(dx: 1, area: area, &state, app)
        case .up: move(dy: -1, area: area, &state, app)
        case .down: move(dy: 1, area: area, &state, app)
        case .first: move(dx: -10_000, area: area, &state, app)
        case .last: move(dx: 10_000, area: area, &state, app)
        case .open:
            if let id = cursorLessonID(state, app) { return [.show(.tree, focus: .lesson(id))] }
        case .roadmap: return [.show(.roadmap)]
        case .diagnostic: return [.show(.diagnostic)]
        case .history: return [.show(.history)]
        case .recheck:
            let curriculum = app.course.curriculum
            if let i = cursorLessonIndex(state, app),
                let p = curriculum.programRanges.firstIndex(where: { $0.contains(i) })
            {
                return DiagnosticFlow.startRecheck(.program(curriculum.programs[p].id), &app)
            }
        case .disagreementMode: toggleDisagreement(&state, &app)
        case .disagreements: return [.show(.disagreements)]
        }
        return []
    }

    static func mouse(
        x: Int, y: Int, kind: Key.MouseKind, state: inout ResultsScreenState, app: inout AppState,
        area: Rect
    ) -> [Effect] {
        guard app.progress.latestDiagnostic != nil else { return [] }
        switch kind {
        case .click: click(x: x, y: y, area: area, &state, app)
        case .wheelUp: move(dy: -1, area: area, &state, app)
        case .wheelDown: move(dy: 1, area: area, &state, app)
        }
        return []
    }

    /// A new diagnostic has other results: the cursor starts over at the first checkpoint.
    static func notice(_ event: AppEvent, state: inout ResultsScreenState, app: AppState) {
        if event == .diagnosticRecorded { state = ResultsScreenState() }
    }

    /// The lesson under the heatmap cursor.
    static func cursorLessonID(_ state: ResultsScreenState, _ app: AppState) -> String? {
        let curriculum = app.course.curriculum
        guard let i = cursorLessonIndex(state, app) else { return nil }
        return curriculum.lessons[i].id
    }

    static func cursorLessonIndex(_ state: ResultsScreenState, _ app: AppState) -> Int? {
        let ranges = app.lessonRanges.programs
        guard ranges.indices.contains(state.program) else { return nil }
        let range = ranges[state.program]
        guard !range.isEmpty else { return nil }
        return range.lowerBound + min(max(0, state.checkpoint), range.count - 1)
    }

    /// Moves the cursor by cells (dx) or by programs (dy, keeping the column as close as the target row allows).
    static func move(dx: Int = 0, dy: Int = 0, area: Rect, _ state: inout ResultsScreenState, _ app: AppState) {
        let curriculum = app.course.curriculum
        let count = curriculum.programs.count
        guard count > 0 else { return }
        let layout = self.layout(&state, app, area: area)
        let p = min(max(0, state.program), count - 1)
        let cells = layout.cells(program: p, app: app)
        let start = app.lessonRanges.programs[p].lowerBound
        let current = cells.firstIndex { $0.lessons.contains(start + state.checkpoint) } ?? 0
        if dx != 0, !cells.isEmpty {
            let k = min(max(0, current + dx), cells.count - 1)
            state.checkpoint = cells[k].lessons.lowerBound - start
        }
        if dy != 0 {
            let target = min(max(0, p + dy), count - 1)
            let offset = cells.indices.contains(current) ? cells[current].offset : 0
            let targetCells = layout.cells(program: target, app: app)
            let targetStart = app.lessonRanges.programs[target].lowerBound
            if let nearest = targetCells.min(by: { abs($0.offset - offset) < abs($1.offset - offset) }) {
                state.checkpoint = nearest.lessons.lowerBound - targetStart
            } else {
                state.checkpoint = 0
            }
            state.program = target
        }
        state.scroll = layout.scroll(for: state)
    }

    static func click(x: Int, y: Int, area: Rect, _ state: inout ResultsScreenState, _ app: AppState) {
        let layout = self.layout(&state, app, area: area)
        guard let p = layout.program(atRow: y, scroll: layout.scroll(for: state)) else { return }
        let cells = layout.cells(program: p, app: app)
        let start = app.lessonRanges.programs[p].lowerBound
        if let cell = cells.first(where: { layout.cellsX + $0.offset == x }) {
            state.program = p
            state.checkpoint = cell.lessons.lowerBound - start
        } else if p != state.program {
            move(dy: p - state.program, area: area, &state, app)
        }
        state.scroll = layout.scroll(for: state)
    }

    /// The layout for this area and data: the kept one, or built and kept.
    static func layout(_ state: inout ResultsScreenState, _ app: AppState, area: Rect) -> ResultsLayout {
        state.layout.value(for: ResultsLayout.Inputs(area: area, revision: app.revision)) {
            ResultsLayout(app: app, area: area)
        }
    }

    /// Opening the screen builds its layout, so the frames before the first key do not.
    static func willAppear(focus: Focus?, state: inout ResultsScreenState, app: inout AppState) -> Bool {
        _ = layout(&state, app, area: AppView.contentArea(app))
        return true
    }

    static func render(into grid: inout Grid, area: Rect, state: ResultsScreenState, app: AppState) {
        ResultsView.render(into: &grid, area: area, results: state, app: app)
    }
}

extension AppState {
    /// The results screen's state.
    var results: ResultsScreenState {
        get { screens[ResultsScreen.self] }
        set { screens[ResultsScreen.self] = newValue }
    }
}
