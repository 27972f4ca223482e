/// Moving between screens: the only code that changes the route stack. Every screen that comes on top is told
/// first (`Screen.willAppear`), so it can make its state fit what changed while it was hidden.
extension AppState {
    /// Puts a screen on top (or leaves it there when it already is), asking it to show `focus`.
    public mutating func show(_ route: Route, focus: Focus? = nil) {
        guard ScreenDispatch.willAppear(route, focus: focus, &self) else { return }
        if self.route != route { routes.append(route) }
    }

    /// Esc on a screen with no step back inside it: the screen below comes back.
    mutating func closeTop() {
        guard routes.count > 1 else { return }
        routes.removeLast()
        _ = ScreenDispatch.willAppear(route, focus: nil, &self)
    }

    /// The screen on top makes way for another; the same screen twice in a row is kept once (a diagnostic
    /// taken again from its results comes back to one results screen).
    mutating func replaceTop(with route: Route, focus: Focus? = nil) {
        guard ScreenDispatch.willAppear(route, focus: focus, &self) else { return }
        routes[routes.count - 1] = route
        routes = routes.reduce(into: []) { kept, route in if kept.last != route { kept.append(route) } }
    }
}
