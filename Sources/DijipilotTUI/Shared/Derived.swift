/// A value derived from some inputs and kept until they change: a screen's layout for an area and a revision
/// of the data, the tree's visible rows for its expansion and filters. A screen keeps one in its state, fills it
/// while handling a key (`value(for:build:)`), and its view reads it back (`kept(for:)`), building afresh only
/// when something changed without a key in between (a resize).
///
/// It is left out of its owner's equality: it is a function of the rest of the state and the app state.
struct Derived<Inputs: Equatable & Sendable, Value: Sendable>: Equatable, Sendable {
    private var inputs: Inputs?
    private var value: Value?

    init() {}

    /// The value for `inputs`: the kept one when they are unchanged, else `build()`, kept from now on.
    mutating func value(for inputs: Inputs, build: () -> Value) -> Value {
        if let value, self.inputs == inputs { return value }
        let built = build()
        keep(built, for: inputs)
        return built
    }

    /// Keeps `value` as the one for `inputs` (for an owner whose building reads the owner itself).
    mutating func keep(_ value: Value, for inputs: Inputs) {
        self.inputs = inputs
        self.value = value
    }

    /// The kept value if it was built for these inputs.
    func kept(for inputs: Inputs) -> Value? {
        self.inputs == inputs ? value : nil
    }

    static func == (a: Derived, b: Derived) -> Bool { true }
}
