import Foundation

/// Everything that can happen to the app: a key, a new terminal size, the time, or the outcome of an effect.
public enum AppAction: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The run loop tells the time before each key, so update stays pure.
    case clock(Date)
    /// The progress file was saved (nil) or could not be (the message).
    case saveFinished(error: String?)
}

/// Work `update` asks the run loop to do; its outcome comes back as an `AppAction`.
public enum Effect: Equatable, Sendable {
    case saveProgress
    case quit
}

/// Keys that mean the same on every screen.
public enum GlobalCommand: Sendable { case help, quit, back }

public enum GlobalKeys {
    public static let bindings: [KeyBinding<GlobalCommand>] = [
        KeyBinding([.character("?"), .function(1)], "Show the keys of this screen", short: "help", .help),
        KeyBinding([.escape], "Go back to the previous screen", short: "back", .back),
        KeyBinding([.character("q"), .control("c")], "Quit (everything is already saved)", short: "quit", .quit),
    ]
}
