import DijipilotCore

/// `?`: every key of the current screen, generated from the same binding tables that handle the keys.
enum HelpOverlay {
    static func lines(_ state: AppState) -> [(key: String, help: String)] {
        var rows: [(String, String)] = ScreenDispatch.keys(state).map { ($0.key, $0.help) }
        rows += GlobalKeys.bindings.map { ($0.keyLabel, $0.help) }
        return rows
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape, .character("?"), .enter, .function(1): state.showingHelp = false
        case .character("q"), .control("c"): state.shouldQuit = true; return [.quit]
        case .down, .character("j"): state.helpScroll = min(state.helpScroll + 1, max(0, lines(state).count - 1))
        case .up, .character("k"): state.helpScroll = max(0, state.helpScroll - 1)
        default: break
        }
        return []
    }

    static func render(into grid: inout Grid, area: Rect, state: AppState) {
        let rows = lines(state)
        grid.put(" Keys on this screen", x: area.x, y: area.y + 1, style: state.theme.heading, maxWidth: area.width)
        let keyWidth = min(24, (rows.map { DisplayWidth.of($0.key) }.max() ?? 0) + 2)
        let list = area.rows(3, area.height - 3)
        for (i, row) in rows.dropFirst(state.helpScroll).prefix(list.height).enumerated() {
            grid.put("  " + row.key, x: list.x, y: list.y + i, style: state.theme.key, maxWidth: keyWidth + 2)
            grid.put(DisplayWidth.truncate(row.help, to: max(0, list.width - keyWidth - 4)),
                     x: list.x + keyWidth + 4, y: list.y + i)
        }
    }
}
