import DijipilotCore

public struct DiagnosticScreenState: Equatable, Sendable {
    public init() {}
}

/// Placeholder until the screen lands: says so plainly.
enum DiagnosticScreen {
    static func keys(_ state: AppState) -> [KeyHelp] { [] }
    static func capturesText(_ state: AppState) -> Bool { false }
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] { [] }
    static func render(into grid: inout Grid, area: Rect, state: AppState) {
        grid.put(" This screen is being built.", x: area.x, y: area.y + 1, style: state.theme.subtle)
    }
}
