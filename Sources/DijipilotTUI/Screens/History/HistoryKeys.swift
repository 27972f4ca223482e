/// What a key means on the history screen.
enum HistoryCommand: Sendable, Equatable { case up, down, pageUp, pageDown, first, last }

/// The history screen's key table: it only scrolls; Esc (a global key) goes back to the results.
enum HistoryKeys {
    static let table: [KeyBinding<HistoryCommand>] = [
        KeyBinding([.up, .character("k")], "Scroll up", .up),
        KeyBinding([.down, .character("j")], "Scroll down", .down),
        KeyBinding([.pageUp], "One page up", .pageUp),
        KeyBinding([.pageDown, .character(" ")], "One page down", short: "more", .pageDown),
        KeyBinding([.home, .character("g")], "Top", .first),
        KeyBinding([.end, .character("G")], "Bottom", .last),
    ]
}
