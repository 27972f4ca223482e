import DijipilotCore

/// The small palette every screen draws with. Colour is an extra: each state also has its own glyph, so
/// monochrome terminals and NO_COLOR users read the same information.
public struct Theme: Sendable {
    public var usesColor: Bool

    public init(usesColor: Bool) { self.usesColor = usesColor }

    private func colored(_ style: Style) -> Style { usesColor ? style : style.monochrome }

    public var plain: Style { .plain }
    public var titleBar: Style { colored(Style(foreground: .black, background: .cyan, bold: true)).withReverseIfMono(usesColor) }
    public var statusBar: Style { colored(Style(dim: false)) }
    public var heading: Style { colored(Style(foreground: .cyan, bold: true)) }
    public var subtle: Style { Style(dim: true) }
    public var selected: Style { Style(reverse: true) }
    public var key: Style { colored(Style(foreground: .yellow, bold: true)) }
    public var accent: Style { colored(Style(foreground: .magenta, bold: true)) }
    public var good: Style { colored(Style(foreground: .green)) }
    public var bad: Style { colored(Style(foreground: .red)) }
    public var warning: Style { colored(Style(foreground: .yellow, bold: true)) }
    public var barFilled: Style { colored(Style(foreground: .green)) }
    public var barEmpty: Style { Style(dim: true) }

    public func style(for state: CheckpointDisplayState) -> Style {
        switch state {
        case .mastered: colored(Style(foreground: .green, bold: true))
        case .learned: colored(Style(foreground: .cyan, bold: true))
        case .uncertain: colored(Style(foreground: .yellow))
        case .missing: colored(Style(foreground: .red, bold: true))
        case .notAssessed: Style(dim: true)
        }
    }

    /// Distinct glyphs per state (from the core, so exports and screens agree).
    public func glyph(for state: CheckpointDisplayState) -> String { String(state.glyph) }
}

extension Style {
    /// Without colour a coloured bar would vanish into the background: use reverse video instead.
    func withReverseIfMono(_ usesColor: Bool) -> Style {
        usesColor ? self : Style(bold: bold, reverse: true)
    }
}
