import DijipilotCore

/// How a checkpoint is shown everywhere (tree badges, heatmap cells, legends).
public enum SkillDisplayState: String, CaseIterable, Sendable {
    case mastered, learned, uncertain, missing, notAssessed

    public var label: String {
        switch self {
        case .mastered: "mastered"
        case .learned: "learned"
        case .uncertain: "uncertain"
        case .missing: "missing"
        case .notAssessed: "not assessed"
        }
    }
}

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

    public func style(for state: SkillDisplayState) -> Style {
        switch state {
        case .mastered: colored(Style(foreground: .green, bold: true))
        case .learned: colored(Style(foreground: .cyan, bold: true))
        case .uncertain: colored(Style(foreground: .yellow))
        case .missing: colored(Style(foreground: .red, bold: true))
        case .notAssessed: Style(dim: true)
        }
    }

    /// Distinct glyphs per state: full, dark, medium, light shade, and a dot for "not assessed".
    public func glyph(for state: SkillDisplayState) -> String {
        switch state {
        case .mastered: "█"
        case .learned: "▓"
        case .uncertain: "▒"
        case .missing: "░"
        case .notAssessed: "·"
        }
    }
}

extension Style {
    /// Without colour a coloured bar would vanish into the background: use reverse video instead.
    func withReverseIfMono(_ usesColor: Bool) -> Style {
        usesColor ? self : Style(bold: bold, reverse: true)
    }
}
