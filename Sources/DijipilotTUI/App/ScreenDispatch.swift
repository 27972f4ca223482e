import DijipilotCore

/// Routes keys, drawing and key help to the screen on top of the stack. Adding a screen means adding its
/// case in each switch here, nothing else.
enum ScreenDispatch {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch state.route {
        case .home: HomeScreen.handle(key, &state)
        case .tree: TreeScreen.handle(key, &state)
        case .diagnostic: DiagnosticScreen.handle(key, &state)
        case .results: ResultsScreen.handle(key, &state)
        case .roadmap: RoadmapScreen.handle(key, &state)
        }
    }

    static func render(into grid: inout Grid, area: Rect, state: AppState) {
        switch state.route {
        case .home: HomeScreen.render(into: &grid, area: area, state: state)
        case .tree: TreeScreen.render(into: &grid, area: area, state: state)
        case .diagnostic: DiagnosticScreen.render(into: &grid, area: area, state: state)
        case .results: ResultsScreen.render(into: &grid, area: area, state: state)
        case .roadmap: RoadmapScreen.render(into: &grid, area: area, state: state)
        }
    }

    /// The keys of the current screen (for `?` and the status line).
    static func keys(_ state: AppState) -> [KeyHelp] {
        switch state.route {
        case .home: HomeScreen.bindings(state).map(\.keyHelp)
        case .tree: TreeScreen.keys(state)
        case .diagnostic: DiagnosticScreen.keys(state)
        case .results: ResultsScreen.keys(state)
        case .roadmap: RoadmapScreen.keys(state)
        }
    }

    /// True while the screen takes typed text (a search): then `q`, `?` and Esc go to the screen, not the app.
    static func capturesText(_ state: AppState) -> Bool {
        switch state.route {
        case .tree: TreeScreen.capturesText(state)
        case .diagnostic: DiagnosticScreen.capturesText(state)
        default: false
        }
    }

    /// Lets a screen use Esc for a step back inside itself before the app pops the screen: in the one-pane
    /// curriculum layout, Esc from a lesson returns to the tree rather than leaving the curriculum.
    static func handleBack(_ state: inout AppState) -> Bool {
        if state.route == .tree, state.tree.focus == .detail, state.width < TreeLayout.sideBySideWidth {
            state.tree.focus = .tree
            return true
        }
        return false
    }

    static func title(_ state: AppState) -> String {
        switch state.route {
        case .home: "Home"
        case .tree: "Curriculum"
        case .diagnostic: "Diagnostic"
        case .results: "Results & heatmap"
        case .roadmap: "Roadmap"
        }
    }
}
