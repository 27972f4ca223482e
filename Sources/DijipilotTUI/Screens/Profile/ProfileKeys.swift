/// What a key means on the profile screen.
enum ProfileCommand: Sendable { case up, down, answerSelected, answerNumber, back }

/// The profile's keys: the diagnostic's question keys.
enum ProfileKeys {
    static func table(_ state: ProfileScreenState) -> [KeyBinding<ProfileCommand>] {
        let count = state.field.answers.count
        return [
            KeyBinding(
                (1...count).map { Key.character(Character(String($0))) }, "Answer with that option",
                short: "answer", label: "1-\(count)", .answerNumber),
            KeyBinding([.up, .character("k")], "Select the option above", .up),
            KeyBinding([.down, .character("j")], "Select the option below", .down),
            KeyBinding([.enter], "Answer with the selected option", .answerSelected),
            KeyBinding(
                [.left, .backspace], "Back to the previous question of the profile (Esc too)", short: "previous",
                .back),
        ]
    }
}
