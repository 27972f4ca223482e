/// Shown instead of any screen when the terminal is below the minimum size; resizing back restores the screen.
enum TooSmallView {
    static func render(into grid: inout Grid, state: AppState) {
        let lines = [
            "Terminal too small",
            "need at least \(AppState.minimumWidth)×\(AppState.minimumHeight),",
            "now \(state.width)×\(state.height)",
            "enlarge the window · q quits",
        ]
        let top = max(0, (state.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let text = DisplayWidth.truncate(line, to: state.width)
            let x = max(0, (state.width - DisplayWidth.of(text)) / 2)
            grid.put(text, x: x, y: top + i, style: i == 0 ? state.theme.warning : .plain)
        }
    }
}
