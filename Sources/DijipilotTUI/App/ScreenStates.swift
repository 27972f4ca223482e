/// Every screen's state, by screen. `ScreenDispatch` takes a screen's state out while the screen handles a key
/// (so the screen can change it and the app state without either aliasing the other) and puts it back.
struct ScreenStates: Sendable {
    private var states: [Route: any Sendable] = [:]

    subscript<S: Screen>(screen: S.Type) -> S.State {
        get { states[S.route] as? S.State ?? S.State() }
        set { states[S.route] = newValue }
    }

    /// The screen's state, removed from here until `put` brings it back (it stays uniquely referenced, so
    /// changing it copies nothing).
    mutating func take<S: Screen>(_ screen: S.Type) -> S.State {
        states.removeValue(forKey: S.route) as? S.State ?? S.State()
    }

    mutating func put<S: Screen>(_ state: S.State, for screen: S.Type) {
        states[S.route] = state
    }
}
