import DijipilotCore

extension Route {
    /// Every measurement so far: diagnostics and re-checks, and each program's mastery over time.
    static let history = Route("history")
}

struct HistoryScreenState: ScreenState {
    /// The first line shown.
    var scroll = 0
    /// The measurements, kept for the data revision they were built from.
    var timeline = Derived<Int, MeasurementTimeline>()
    init() {}
}

/// History (issue 14): every measurement so far, not only the last two. Opened from the results with `m`.
enum HistoryScreen: Screen {
    static let route = Route.history
    static let title = "Every measurement"

    static func keys(_ state: HistoryScreenState, app: AppState) -> [KeyBinding<HistoryCommand>] { HistoryKeys.table }

    static func handle(
        _ command: HistoryCommand, key: Key, state: inout HistoryScreenState, app: inout AppState, area: Rect
    ) -> [Effect] {
        let page = max(1, area.height - 1)
        switch command {
        case .up: scroll(by: -1, &state, app, area)
        case .down: scroll(by: 1, &state, app, area)
        case .pageUp: scroll(by: -page, &state, app, area)
        case .pageDown: scroll(by: page, &state, app, area)
        case .first: scroll(by: -Int(Int32.max), &state, app, area)
        case .last: scroll(by: Int(Int32.max), &state, app, area)
        }
        return []
    }

    static func mouse(
        x: Int, y: Int, kind: Key.MouseKind, state: inout HistoryScreenState, app: inout AppState, area: Rect
    ) -> [Effect] {
        switch kind {
        case .wheelUp: scroll(by: -3, &state, app, area)
        case .wheelDown: scroll(by: 3, &state, app, area)
        case .click: break
        }
        return []
    }

    /// Opening the screen starts at the top, with the measurements built once.
    static func willAppear(focus: Focus?, state: inout HistoryScreenState, app: inout AppState) -> Bool {
        if app.route != route { state.scroll = 0 }
        _ = timeline(&state, app)
        return true
    }

    static func render(into grid: inout Grid, area: Rect, state: HistoryScreenState, app: AppState) {
        let timeline = state.timeline.kept(for: app.revision) ?? MeasurementTimeline(app.progress)
        HistoryView.render(into: &grid, area: area, timeline: timeline, scroll: state.scroll, app: app)
    }

    static func timeline(_ state: inout HistoryScreenState, _ app: AppState) -> MeasurementTimeline {
        state.timeline.value(for: app.revision) { MeasurementTimeline(app.progress) }
    }

    private static func scroll(by delta: Int, _ state: inout HistoryScreenState, _ app: AppState, _ area: Rect) {
        let count = HistoryView.lines(timeline(&state, app), width: area.width, app: app).count
        let most = TextBlock.maxScroll(lineCount: count, height: area.height)
        state.scroll = min(max(0, state.scroll + delta), most)
    }
}

extension AppState {
    /// The history screen's state.
    var history: HistoryScreenState {
        get { screens[HistoryScreen.self] }
        set { screens[HistoryScreen.self] = newValue }
    }
}
