/// The app's screens. A new screen is its folder under `Screens/` and one line here.
enum ScreenRegistry {
    static let screens: [any Screen.Type] = [
        HomeScreen.self,
        TreeScreen.self,
        DiagnosticScreen.self,
        ResultsScreen.self,
        RoadmapScreen.self,
        DoneWhenScreen.self,
        ProfileScreen.self,
        HistoryScreen.self,
        TeamScreen.self,
        DisagreementsScreen.self,
    ]

    /// The screen the app opens on, and the bottom of the route stack.
    static let start: Route = HomeScreen.route

    private static let byRoute: [Route: any Screen.Type] = Dictionary(
        screens.map { ($0.route, $0) }, uniquingKeysWith: { first, _ in first })

    /// The screen of a route; an unregistered route (a bug) shows the start screen rather than trapping.
    static func screen(for route: Route) -> any Screen.Type {
        byRoute[route] ?? byRoute[start] ?? HomeScreen.self
    }
}
