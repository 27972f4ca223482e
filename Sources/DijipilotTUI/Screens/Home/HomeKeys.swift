import DijipilotCore

/// What a key means on Home.
enum HomeCommand: Sendable { case up, down, activate, run(HomeMenuItem), openNextLesson, recheck }

/// Home's key table.
enum HomeKeys {
    /// The menu keys come from the menu itself (`HomeMenuItem`), so its wording and keys are written once. Items
    /// whose key every screen already has (`?`, `q`: `GlobalKeys`) are left out, as the app answers them first.
    static func table(_ app: AppState) -> [KeyBinding<HomeCommand>] {
        var table: [KeyBinding<HomeCommand>] = [
            KeyBinding([.up, .character("k")], "Move up the menu", .up),
            KeyBinding([.down, .character("j")], "Move down the menu", .down),
            KeyBinding([.enter, .character(" ")], "Open the selected item", short: "open", .activate),
        ]
        for item in HomeMenuItem.allCases where GlobalKeys.bindings.command(for: .character(item.hotkey)) == nil {
            table.append(KeyBinding([.character(item.hotkey)], item.title(app), short: item.short, .run(item)))
        }
        if app.roadmapListing.nextToStudy != nil {
            table.append(KeyBinding([.character("n")], "Open the next lesson of your roadmap", .openNextLesson))
        }
        // Its line on Home shows the key; the status line lists it after the menu's, where there is room.
        if let due = app.measurements.due {
            table.append(KeyBinding([.character("v")], HomeRecheck.help(due), short: "re-check", .recheck))
        }
        return table
    }
}
