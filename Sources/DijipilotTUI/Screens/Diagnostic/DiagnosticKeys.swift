/// What a key means on the diagnostic screen.
enum DiagnosticCommand: Sendable {
    case up, down, activate, startOver, changeProfile
    case answerSelected, answerNumber, back, finish
    case confirmFinish, cancelFinish
}

/// The diagnostic's key tables.
enum DiagnosticKeys {
    static let introBindings: [KeyBinding<DiagnosticCommand>] = [
        KeyBinding(
            [.enter, .character(" ")], "Start the diagnostic, or resume the one under way", short: "start", .activate),
        KeyBinding(
            [.character("n")], "Start over (earlier answers stay saved until your first new answer)",
            short: "start over", .startOver),
        KeyBinding(
            [.character("p")], "Change the business profile, then start", short: "profile", .changeProfile),
        KeyBinding([.up, .character("k")], "Move up", .up),
        KeyBinding([.down, .character("j")], "Move down", .down),
    ]

    static let questionBindings: [KeyBinding<DiagnosticCommand>] = [
        KeyBinding(
            (1...6).map { Key.character(Character(String($0))) }, "Answer with that option", short: "answer",
            .answerNumber),
        KeyBinding([.up, .character("k")], "Select the option above", .up),
        KeyBinding([.down, .character("j")], "Select the option below", .down),
        KeyBinding([.enter], "Answer with the selected option", .answerSelected),
        KeyBinding(
            [.left, .backspace], "Back to the previous question (its answer is kept selected)", short: "previous",
            .back),
        KeyBinding(
            [.character("f")], "Finish now: results from the answers so far, less certain", short: "finish",
            .finish),
    ]

    static let confirmBindings: [KeyBinding<DiagnosticCommand>] = [
        KeyBinding([.character("y"), .character("Y")], "Yes, finish now", short: "finish", .confirmFinish),
        KeyBinding(
            [.character("n"), .character("N"), .escape], "No, keep answering", short: "keep going", .cancelFinish),
    ]

    /// The table in force: the intro's, a question's, or the y/n question's.
    static func table(_ state: DiagnosticScreenState, _ app: AppState) -> [KeyBinding<DiagnosticCommand>] {
        guard let session = app.session else {
            if app.readOnlyReason != nil { return [] }
            guard app.resumableDiagnostic != nil else {
                // Without a full profile, Enter asks it first: `p` would do the same.
                let hasProfile = app.progress.profile.business.isComplete
                return introBindings.filter { $0.command != .startOver && (hasProfile || $0.command != .changeProfile) }
            }
            // The default action resumes the diagnostic under way.
            return introBindings.map { binding in
                var binding = binding
                if binding.command == .activate { binding.short = "resume" }
                return binding
            }
        }
        if state.confirmingFinish { return confirmBindings }
        // Name the keys this question really has: "1-5" for four options and "Not sure".
        let count = session.currentQuestion?.choices.count ?? 6
        return questionBindings.map { binding in
            var binding = binding
            if binding.command == .answerNumber { binding.label = "1-\(count)" }
            return binding
        }
    }
}
