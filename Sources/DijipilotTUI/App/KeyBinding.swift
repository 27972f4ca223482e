/// A key (or several equivalent keys) with its meaning and help text. Screens list their bindings as data,
/// so the help screen and the status line are generated from the same table that handles keys.
public struct KeyBinding<Command: Sendable>: Sendable {
    public var keys: [Key]
    /// Shown in the help screen: "Open the selected lesson".
    public var help: String
    /// Shown in the status line when set: "open".
    public var short: String?
    public var command: Command
    /// How the keys read in the help, when not simply listed: "1-5" for the options a question has.
    public var label: String?

    public init(_ keys: [Key], _ help: String, short: String? = nil, label: String? = nil, _ command: Command) {
        self.keys = keys; self.help = help; self.short = short; self.label = label; self.command = command
    }

    public var keyLabel: String { label ?? keys.map(\.label).joined(separator: "/") }
}

extension Array {
    /// The command bound to a key, if any.
    public func command<C>(for key: Key) -> C? where Element == KeyBinding<C> {
        first { $0.keys.contains(key) }?.command
    }
}
