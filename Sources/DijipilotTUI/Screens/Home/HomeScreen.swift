import DijipilotCore

extension Route {
    /// Home: where the user stands, and the ways in.
    static let home = Route("home")
}

struct HomeScreenState: ScreenState {
    var selectedAction = 0
    init() {}
}

/// Home: where the user stands (mastery, last diagnostic, roadmap progress, the next lesson), and the ways in.
enum HomeScreen: Screen {
    static let route = Route.home
    static let title = "Home"

    static func keys(_ state: HomeScreenState, app: AppState) -> [KeyBinding<HomeCommand>] { HomeKeys.table(app) }

    static func handle(
        _ command: HomeCommand, key: Key, state: inout HomeScreenState, app: inout AppState,
        area: Rect
    ) -> [Effect] {
        let count = HomeMenuItem.allCases.count
        let current = min(max(0, state.selectedAction), count - 1)
        switch command {
        case .up: state.selectedAction = (current + count - 1) % count
        case .down: state.selectedAction = (current + 1) % count
        case .activate: return [HomeMenuItem.allCases[current].effect]
        case .run(let item): return [item.effect]
        case .recheck:
            if let due = app.measurements.due { return DiagnosticFlow.startRecheck(due.focus, &app) }
        case .openNextLesson:
            if let next = app.roadmapListing.nextToStudy,
                app.course.curriculum.indexByID[next.lessonID] != nil
            {
                return [.show(.tree, focus: .lesson(next.lessonID))]
            }
        }
        return []
    }

    static func mouse(
        x: Int, y: Int, kind: Key.MouseKind, state: inout HomeScreenState, app: inout AppState,
        area: Rect
    ) -> [Effect] {
        guard kind == .click else { return [] }
        let layout = HomeLayout(area: area, app: app)
        if let due = app.measurements.due, layout.recheckRow?.contains(x: x, y: y) == true {
            return DiagnosticFlow.startRecheck(due.focus, &app)
        }
        guard let row = layout.menuRow(x: x, y: y) else { return [] }
        state.selectedAction = row
        return [HomeMenuItem.allCases[row].effect]
    }

    static func render(into grid: inout Grid, area: Rect, state: HomeScreenState, app: AppState) {
        HomeView.render(into: &grid, area: area, home: state, app: app)
    }
}

extension AppState {
    /// The home screen's state.
    var home: HomeScreenState {
        get { screens[HomeScreen.self] }
        set { screens[HomeScreen.self] = newValue }
    }
}
