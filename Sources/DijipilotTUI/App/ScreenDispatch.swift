/// Runs the `Screen` contract of the screen on top of the stack. The app calls only these functions; each one
/// looks the screen up in `ScreenRegistry` and opens its type, so no code here names a screen.
enum ScreenDispatch {
    private static func top(_ app: AppState) -> any Screen.Type { ScreenRegistry.screen(for: app.route) }

    /// A key (or click) for the screen on top: looked up in its key table, then handled. Returns its effects.
    static func handle(_ key: Key, _ app: inout AppState) -> [Effect] {
        handle(key, on: top(app), &app)
    }

    private static func handle<S: Screen>(_ key: Key, on screen: S.Type, _ app: inout AppState) -> [Effect] {
        var state = app.screens.take(S.self)
        defer { app.screens.put(state, for: S.self) }
        let area = AppView.contentArea(app)
        if case .mouse(let x, let y, let kind) = key {
            return S.mouse(x: x, y: y, kind: kind, state: &state, app: &app, area: area)
        }
        guard let command = S.keys(state, app: app).command(for: key) else {
            return S.unbound(key, state: &state, app: &app, area: area)
        }
        return S.handle(command, key: key, state: &state, app: &app, area: area)
    }

    static func render(into grid: inout Grid, area: Rect, _ app: AppState) {
        render(into: &grid, area: area, on: top(app), app)
    }

    private static func render<S: Screen>(into grid: inout Grid, area: Rect, on screen: S.Type, _ app: AppState) {
        S.render(into: &grid, area: area, state: app.screens[S.self], app: app)
    }

    /// The current keys of the screen on top, for the status line and the help.
    static func keys(_ app: AppState) -> [KeyHelp] { keys(on: top(app), app) }

    private static func keys<S: Screen>(on screen: S.Type, _ app: AppState) -> [KeyHelp] {
        S.keys(app.screens[S.self], app: app).map(\.keyHelp)
    }

    static func title(_ app: AppState) -> String { top(app).title }

    static func takesTypedText(_ app: AppState) -> Bool { takesTypedText(on: top(app), app) }

    private static func takesTypedText<S: Screen>(on screen: S.Type, _ app: AppState) -> Bool {
        S.takesTypedText(app.screens[S.self], app: app)
    }

    /// Esc: true when the screen on top took a step back inside itself.
    static func stepBack(_ app: inout AppState) -> Bool { stepBack(on: top(app), &app) }

    private static func stepBack<S: Screen>(on screen: S.Type, _ app: inout AppState) -> Bool {
        var state = app.screens.take(S.self)
        defer { app.screens.put(state, for: S.self) }
        return S.stepBack(state: &state, app: app, area: AppView.contentArea(app))
    }

    /// Prepares a screen to come on top; false when it cannot show `focus`.
    static func willAppear(_ route: Route, focus: Focus?, _ app: inout AppState) -> Bool {
        willAppear(on: ScreenRegistry.screen(for: route), focus: focus, &app)
    }

    private static func willAppear<S: Screen>(on screen: S.Type, focus: Focus?, _ app: inout AppState) -> Bool {
        var state = app.screens.take(S.self)
        defer { app.screens.put(state, for: S.self) }
        return S.willAppear(focus: focus, state: &state, app: &app)
    }

    /// Tells every registered screen about an event.
    static func announce(_ event: AppEvent, _ app: inout AppState) {
        for screen in ScreenRegistry.screens { notice(event, on: screen, &app) }
    }

    private static func notice<S: Screen>(_ event: AppEvent, on screen: S.Type, _ app: inout AppState) {
        var state = app.screens.take(S.self)
        S.notice(event, state: &state, app: app)
        app.screens.put(state, for: S.self)
    }
}
