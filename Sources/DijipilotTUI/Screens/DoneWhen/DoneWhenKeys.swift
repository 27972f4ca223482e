/// What a key means in the done-when walk.
enum DoneWhenCommand: Sendable, Equatable {
    case up, down, toggleSelected, toggleNumbered, doneAnyway
}

/// The walk's key table; Esc (a global key) leaves it, keeping what was ticked.
enum DoneWhenKeys {
    static func table(criteria count: Int) -> [KeyBinding<DoneWhenCommand>] {
        let numbers = (1...max(1, min(9, count))).map { Key.character(Character("\($0)")) }
        return [
            KeyBinding([.up, .character("k")], "Previous criterion", .up),
            KeyBinding([.down, .character("j")], "Next criterion", .down),
            KeyBinding(
                [.character(" "), .enter], "Tick or untick the selected criterion", short: "tick", .toggleSelected),
            KeyBinding(numbers, "Tick or untick criterion by its number", label: "1-\(numbers.count)", .toggleNumbered),
            KeyBinding(
                [.character("a")], "Done anyway: mark the lesson done without every criterion (not counted as learned)",
                short: "done anyway", .doneAnyway),
        ]
    }
}
