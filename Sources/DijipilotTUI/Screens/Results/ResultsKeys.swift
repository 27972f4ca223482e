/// What a key means on the results screen.
enum ResultsCommand: Sendable, Equatable {
    case left, right, up, down, first, last, open, roadmap, diagnostic, recheck, history, disagreementMode,
        disagreements
}

/// The results screen's key tables.
enum ResultsKeys {
    static let heatmap: [KeyBinding<ResultsCommand>] = [
        KeyBinding([.left, .character("h")], "Move to the checkpoint on the left", .left),
        KeyBinding([.right, .character("l")], "Move to the checkpoint on the right", .right),
        KeyBinding([.up, .character("k")], "Move to the program above", .up),
        KeyBinding([.down, .character("j")], "Move to the program below", .down),
        KeyBinding([.home], "First checkpoint of the program", .first),
        KeyBinding([.end], "Last checkpoint of the program", .last),
        KeyBinding([.enter], "Open the lesson under the cursor", short: "open lesson", .open),
        KeyBinding([.character("r")], "Your roadmap, built from these results", short: "roadmap", .roadmap),
        KeyBinding([.character("d")], "Take the diagnostic (again)", short: "diagnostic", .diagnostic),
        KeyBinding([.character("v")], "Re-check the program under the cursor (at most 8 questions)", .recheck),
        KeyBinding(
            [.character("m")], "Every measurement so far: diagnostics, re-checks, each program over time",
            short: "history", .history),
        KeyBinding(
            [.character("x")], "Heatmap: mastery or disagreement (how far apart the team's answers are)",
            short: "disagreement", .disagreementMode),
        KeyBinding([.character("w")], "Where the team disagrees: the map, most worth discussing first", .disagreements),
    ]

    /// The heatmap keys; the disagreement mode is hinted on the status line only once there is a team to compare
    /// (alone, `x` still answers, saying a teammate is needed).
    static func heatmap(hasTeam: Bool) -> [KeyBinding<ResultsCommand>] {
        heatmap.map { binding in
            var binding = binding
            if case .disagreementMode = binding.command, !hasTeam { binding.short = nil }
            return binding
        }
    }

    /// Before any diagnostic, the screen only offers to take one.
    static let withoutDiagnostic: [KeyBinding<ResultsCommand>] = [
        KeyBinding([.character("d"), .enter], "Take the diagnostic", short: "take the diagnostic", .diagnostic)
    ]
}
