import DijipilotCore

/// Which screen is showing. Screens sit on a stack: Esc pops back to the one below.
public enum Route: Equatable, Sendable {
    case home
    case tree
    case diagnostic
    case results
    case roadmap
}

/// A one-line message shown above the status line until the next key.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Sendable { case info, error }
    public var text: String
    public var kind: Kind
    public init(_ text: String, kind: Kind = .info) { self.text = text; self.kind = kind }
}

/// Everything the app shows, in one value. `update` changes it; `view` draws it.
public struct AppState: Sendable {
    public var course: CourseData
    public var theme: Theme
    public var width: Int
    public var height: Int
    public var routes: [Route] = [.home]
    public var showingHelp = false
    public var helpScroll = 0
    public var message: StatusMessage?
    public var shouldQuit = false

    public var home = HomeState()

    public init(course: CourseData, width: Int = 80, height: Int = 24, usesColor: Bool = true) {
        self.course = course
        self.theme = Theme(usesColor: usesColor)
        self.width = width
        self.height = height
    }

    public var route: Route { routes.last ?? .home }

    /// The smallest terminal every screen is designed for.
    public static let minimumWidth = 60
    public static let minimumHeight = 18
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    public mutating func push(_ route: Route) {
        if self.route != route { routes.append(route) }
    }

    public mutating func pop() {
        if routes.count > 1 { routes.removeLast() }
    }
}
