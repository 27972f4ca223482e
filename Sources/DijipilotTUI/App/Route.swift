/// Which screen is showing. Screens sit on a stack: Esc pops back to the one below. Each screen declares its
/// own route beside its contract (`Route.home` in `Screens/Home/`), so adding one touches no list here.
public struct Route: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public var description: String { name }
}
