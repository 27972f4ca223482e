/// Keys that mean the same on every screen.
public enum GlobalCommand: Sendable { case help, quit, back }

public enum GlobalKeys {
    public static let bindings: [KeyBinding<GlobalCommand>] = [
        KeyBinding([.character("?"), .function(1)], "Show the keys of this screen", short: "help", .help),
        KeyBinding([.escape], "Go back to the previous screen", short: "back", .back),
        KeyBinding([.character("q"), .control("c")], "Quit (everything is already saved)", short: "quit", .quit),
    ]
}
