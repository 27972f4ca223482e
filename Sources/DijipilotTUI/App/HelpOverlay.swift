import DijipilotCore

/// `?`: every key of the current screen, generated from the same binding tables that handle the keys.
enum HelpOverlay {
    static func lines(_ state: AppState) -> [(key: String, help: String)] {
        var rows: [(String, String)] = ScreenDispatch.keys(state).map { ($0.key, $0.help) }
        rows += GlobalKeys.bindings.map { ($0.keyLabel, $0.help) }
        return rows
    }

    /// The rows as drawn at a width: a long description wraps under itself, with the key on its first row only.
    static func visualRows(_ state: AppState, width: Int) -> (keyWidth: Int, rows: [(key: String?, text: String)]) {
        let bindings = lines(state)
        let keyWidth = min(24, (bindings.map { DisplayWidth.of($0.key) }.max() ?? 0) + 2)
        let textWidth = max(10, width - keyWidth - 5)
        var rows: [(key: String?, text: String)] = []
        for binding in bindings {
            let wrapped = DisplayWidth.wrap(binding.help, width: textWidth)
            for (i, text) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                rows.append((i == 0 ? binding.key : nil, text))
            }
        }
        return (keyWidth, rows)
    }

    /// Rows of keys that fit under the heading. Counted without the message line: a message goes with the next
    /// key, and the scroll limit should not move with it.
    static func listHeight(_ state: AppState) -> Int {
        max(1, AppView.contentArea(width: state.width, height: state.height, showsMessage: false).height - 3)
    }

    /// The furthest the list scrolls: its last row at the bottom, never past it.
    static func maxScroll(_ state: AppState) -> Int {
        max(0, visualRows(state, width: state.width).rows.count - listHeight(state))
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let page = max(1, listHeight(state) - 1)
        switch key {
        case .escape, .character("?"), .enter, .function(1): state.showingHelp = false
        case .character("q"), .control("c"): return [.quit]
        case .down, .character("j"), .mouse(_, _, .wheelDown): state.helpScroll += 1
        case .up, .character("k"), .mouse(_, _, .wheelUp): state.helpScroll -= 1
        case .pageDown, .character(" "): state.helpScroll += page
        case .pageUp: state.helpScroll -= page
        case .home, .character("g"): state.helpScroll = 0
        case .end, .character("G"): state.helpScroll = maxScroll(state)
        default: break
        }
        state.helpScroll = min(max(0, state.helpScroll), maxScroll(state))
        return []
    }

    static func render(into grid: inout Grid, area: Rect, state: AppState) {
        let (keyWidth, rows) = visualRows(state, width: area.width)
        grid.put(" Keys on this screen", x: area.x, y: area.y + 1, style: state.theme.heading, maxWidth: area.width)
        let list = area.rows(3, area.height - 3)
        // Clamped here too, so a resize between two key presses never shows an empty list.
        let scroll = min(state.helpScroll, max(0, rows.count - list.height))
        if rows.count > list.height {
            let last = min(rows.count, scroll + list.height)
            let more = last < rows.count ? " ↓" : (scroll > 0 ? " ↑" : "")
            let position = "\(scroll + 1)–\(last) of \(rows.count)\(more) "
            let width = DisplayWidth.of(position)
            if width + 22 <= area.width {
                grid.put(position, x: area.maxX - width, y: area.y + 1, style: state.theme.subtle)
            }
        }
        for (i, row) in rows.dropFirst(scroll).prefix(list.height).enumerated() {
            if let key = row.key {
                grid.put("  " + key, x: list.x, y: list.y + i, style: state.theme.key, maxWidth: keyWidth + 2)
            }
            grid.put(
                DisplayWidth.truncate(row.text, to: max(0, list.width - keyWidth - 4)),
                x: list.x + keyWidth + 4, y: list.y + i)
        }
    }
}
