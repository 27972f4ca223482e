/// One row of the help screen / one status-line hint, type-erased from a screen's `KeyBinding` table.
public struct KeyHelp: Equatable, Sendable {
    public var key: String
    public var help: String
    public var short: String?
    public init(key: String, help: String, short: String? = nil) {
        self.key = key; self.help = help; self.short = short
    }
}

extension KeyBinding {
    public var keyHelp: KeyHelp { KeyHelp(key: keyLabel, help: help, short: short) }
}
