import DijipilotCore

/// Draws the whole screen from the state: title bar, the current screen, message line, status line.
public enum AppView {
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        if state.isTooSmall {
            TooSmallView.render(into: &grid, state: state)
            return grid
        }
        let (titleRow, rest) = grid.bounds.splitTop(1)
        let statusRow = rest.splitBottom(1).bottom
        renderTitle(into: &grid, area: titleRow, state: state)
        let content = contentArea(state)
        if let message = state.message {
            let style = message.kind == .error ? state.theme.bad.with(bold: true) : state.theme.accent
            grid.put(
                " " + DisplayWidth.truncate(message.text, to: max(0, content.width - 1)),
                x: content.x, y: content.maxY, style: style, maxWidth: content.width)
        }
        if state.showingHelp {
            HelpOverlay.render(into: &grid, area: content, state: state)
        } else {
            ScreenDispatch.render(into: &grid, area: content, state)
        }
        renderStatus(into: &grid, area: statusRow, hints: statusHints(state), theme: state.theme)
        return grid
    }

    /// Where a screen draws: below the title bar, above the status line, and above the message line while a
    /// message shows. Computed here only; screens are handed it (`Screen.render`, `Screen.handle`).
    public static func contentArea(_ state: AppState) -> Rect {
        contentArea(width: state.width, height: state.height, showsMessage: state.message != nil)
    }

    static func contentArea(width: Int, height: Int, showsMessage: Bool) -> Rect {
        Rect(x: 0, y: 1, width: width, height: height - 2 - (showsMessage ? 1 : 0))
    }

    static func screenTitle(_ state: AppState) -> String {
        state.showingHelp ? "Help" : ScreenDispatch.title(state)
    }

    static func renderTitle(into grid: inout Grid, area: Rect, state: AppState) {
        grid.fill(area, style: state.theme.titleBar)
        let left = " Dijipilot · \(screenTitle(state))"
        grid.put(left, x: area.x, y: area.y, style: state.theme.titleBar, maxWidth: area.width)
        var right = "\(state.course.curriculum.lessons.count) checkpoints "
        if let name = state.progress.profile.businessName, !name.isEmpty { right = name + " · " + right }
        if state.readOnlyReason != nil { right = "read-only · " + right }
        let rightWidth = DisplayWidth.of(right)
        if DisplayWidth.of(left) + rightWidth + 2 <= area.width {
            grid.put(right, x: area.maxX - rightWidth, y: area.y, style: state.theme.titleBar)
        }
    }

    /// The key hints of the current screen, and the global ones (help, back, quit) kept apart: those always show.
    static func statusHints(_ state: AppState) -> (
        screen: [(key: String, label: String)], global: [(key: String, label: String)]
    ) {
        if state.showingHelp { return ([("↑↓ PgUp PgDn", "scroll"), ("Esc/?", "close help")], []) }
        let screen = ScreenDispatch.keys(state).compactMap { k in k.short.map { (key: k.key, label: $0) } }
        let global = GlobalKeys.bindings.compactMap { b -> (key: String, label: String)? in
            // While a screen takes typed text, `?`, `q` and Esc are the screen's (typed, or cancelling).
            if ScreenDispatch.takesTypedText(state) { return nil }
            if b.command == .back && state.routes.count <= 1 { return nil }
            return b.short.map { (key: b.keys[0].label, label: $0) }
        }
        return (screen, global)
    }

    /// The screen's hints as many as fit, then the global ones, which are never crowded out: how to get help and
    /// how to leave must show on every screen, however many keys it has.
    static func renderStatus(
        into grid: inout Grid, area: Rect,
        hints: (screen: [(key: String, label: String)], global: [(key: String, label: String)]), theme: Theme
    ) {
        func width(_ hint: (key: String, label: String)) -> Int {
            DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label) + 2
        }
        let reserved = hints.global.reduce(0) { $0 + width($1) }
        var x = area.x + 1
        var shown: [(key: String, label: String)] = []
        for hint in hints.screen {
            if x + width(hint) + reserved > area.maxX { break }
            shown.append(hint)
            x += width(hint)
        }
        x = area.x + 1
        for hint in shown + hints.global {
            if x + width(hint) > area.maxX { break }
            x += grid.put(hint.key, x: x, y: area.y, style: theme.key)
            x += 1
            x += grid.put(hint.label, x: x, y: area.y, style: theme.subtle)
            x += 2
        }
    }
}
