import DijipilotCore

public struct TreeState: Equatable, Sendable {
    public init() {}
}

/// Placeholder until the screen lands: says so plainly.
enum TreeScreen {
    static func keys(_ state: AppState) -> [KeyHelp] { [] }
    static func capturesText(_ state: AppState) -> Bool { false }
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] { [] }
    static func render(into grid: inout Grid, area: Rect, state: AppState) {
        grid.put(" This screen is being built.", x: area.x, y: area.y + 1, style: state.theme.subtle)
    }
}

extension AppState {
    /// Shows a lesson in the curriculum screen (from the heatmap, the roadmap or a prerequisite link).
    public mutating func openLesson(_ lessonID: String) {
        push(.tree)
    }
}
