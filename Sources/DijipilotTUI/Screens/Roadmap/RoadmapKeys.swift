/// What a key means on the roadmap screen.
enum RoadmapCommand: Sendable, Equatable {
    case up, down, pageUp, pageDown, first, last, nextWeek, previousWeek
    case toggleDone, cycleStatus, open, startDiagnostic, moreHours, fewerHours, verifyDone
}

/// The roadmap's key table.
enum RoadmapKeys {
    /// Without a plan there is only `d`, to take the diagnostic that builds one.
    static func table(_ app: AppState) -> [KeyBinding<RoadmapCommand>] {
        if app.roadmapListing.isEmpty {
            return [
                KeyBinding(
                    [.character("d")], "Take the diagnostic: it builds the roadmap", short: "diagnostic",
                    .startDiagnostic)
            ]
        }
        let table: [KeyBinding<RoadmapCommand>] = [
            KeyBinding([.up, .character("k")], "Previous lesson", .up),
            KeyBinding([.down, .character("j")], "Next lesson", .down),
            KeyBinding([.pageUp], "One page up", .pageUp),
            KeyBinding([.pageDown], "One page down", .pageDown),
            KeyBinding([.home, .character("g")], "First lesson", .first),
            KeyBinding([.end, .character("G")], "Last lesson", .last),
            KeyBinding([.character("w")], "First lesson of the next week", short: "next week", .nextWeek),
            KeyBinding([.character("W")], "First lesson of the previous week", .previousWeek),
            KeyBinding(
                [.character(" ")], "Mark done: tick its Done-when list; on a done lesson, back to do", short: "done",
                .toggleDone),
            KeyBinding(
                [.character("s")], "Set the status: in progress → skipped → to do", short: "status", .cycleStatus),
            KeyBinding([.enter], "Open the lesson", short: "open", .open),
            KeyBinding([.character("v")], "Verify done lessons: a re-check of those marked done since", .verifyDone),
            KeyBinding(
                [.character("+"), .character("=")], "More study time a week (+½ h): fewer, fuller weeks", .moreHours),
            KeyBinding([.character("-")], "Less study time a week (−½ h): more, lighter weeks", .fewerHours),
        ]
        // The team's plan is read-only: statuses and the weekly time belong to your own saved roadmap.
        let changes: [RoadmapCommand] = [.toggleDone, .cycleStatus, .verifyDone, .moreHours, .fewerHours]
        return app.showsTeam ? table.filter { !changes.contains($0.command) } : table
    }
}
