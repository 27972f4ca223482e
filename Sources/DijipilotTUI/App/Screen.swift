/// The state of one screen: what it remembers between key presses (selection, scroll, drafts…). It is kept while
/// other screens show, so coming back finds the screen as it was left.
protocol ScreenState: Equatable, Sendable {
    /// The state of a screen never shown yet.
    init()
}

/// One screen of the app, as the app sees it. Every screen answers the same questions (its state, its key table,
/// what a command does, how it draws into the area it is given, its title, whether it takes typed text, how Esc
/// steps back inside it), so the app routes keys, frames, the help and Esc without knowing any screen by name.
///
/// A screen is a caseless enum of static functions over its `State` and the shared `AppState`. Its functions are
/// pure (no I/O, no clock, no randomness): whatever reaches beyond its own state and the app state (saving,
/// showing another screen, quitting) comes back as `Effect` values. Adding a screen is its folder under
/// `Screens/` and one line in `ScreenRegistry`.
protocol Screen {
    associatedtype State: ScreenState
    /// What a key means on this screen.
    associatedtype Command: Sendable

    /// Its place in the route stack, and the key of its state in `AppState`.
    static var route: Route { get }
    /// Its name in the title bar.
    static var title: String { get }

    /// The keys in force now, as one table of key, help text and command. The app looks each key up here, and
    /// the status line and the `?` help are generated from the same table, so they never drift apart.
    static func keys(_ state: State, app: AppState) -> [KeyBinding<Command>]

    /// What a command from the table does: changes the screen's state and the app state, and returns effects.
    /// `area` is where the screen is drawn (`AppView.contentArea`).
    static func handle(_ command: Command, key: Key, state: inout State, app: inout AppState, area: Rect) -> [Effect]

    /// A click or a wheel turn at a terminal position. Default: nothing.
    static func mouse(
        x: Int, y: Int, kind: Key.MouseKind, state: inout State, app: inout AppState,
        area: Rect
    ) -> [Effect]

    /// A key the table does not bind. While the screen takes typed text, typed characters arrive here.
    /// Default: nothing.
    static func unbound(_ key: Key, state: inout State, app: inout AppState, area: Rect) -> [Effect]

    /// Draws the screen into `area`: below the title bar, above the message and status lines, as computed once
    /// by `AppView`.
    static func render(into grid: inout Grid, area: Rect, state: State, app: AppState)

    /// True while the screen takes typed text (a search, a note, a y/n question): every key then goes to the
    /// screen, `q`, `?` and Esc included. Default: false.
    static func takesTypedText(_ state: State, app: AppState) -> Bool

    /// Esc: takes a step back inside the screen and returns true, or returns false when there is none to take
    /// (then the app closes the screen). Default: false.
    static func stepBack(state: inout State, app: AppState, area: Rect) -> Bool

    /// The screen is about to come on top: opened (perhaps asked to show `focus`, such as a lesson) or uncovered
    /// when the screen above it closed. Returns false when it cannot show `focus`, having said why in
    /// `app.message`; the app then stays where it was. Default: true, nothing to prepare.
    static func willAppear(focus: Focus?, state: inout State, app: inout AppState) -> Bool

    /// Something happened elsewhere that may leave the screen's state stale (a new diagnostic replaced the
    /// results and the roadmap). Default: nothing.
    static func notice(_ event: AppEvent, state: inout State, app: AppState)
}

extension Screen {
    static func mouse(
        x: Int, y: Int, kind: Key.MouseKind, state: inout State, app: inout AppState,
        area: Rect
    ) -> [Effect] { [] }
    static func unbound(_ key: Key, state: inout State, app: inout AppState, area: Rect) -> [Effect] { [] }
    static func takesTypedText(_ state: State, app: AppState) -> Bool { false }
    static func stepBack(state: inout State, app: AppState, area: Rect) -> Bool { false }
    static func willAppear(focus: Focus?, state: inout State, app: inout AppState) -> Bool { true }
    static func notice(_ event: AppEvent, state: inout State, app: AppState) {}
}
