import DijipilotCore

/// The small palette every screen draws with. Colour is an extra: each state also has its own glyph, so
/// monochrome terminals and NO_COLOR users read the same information.
public struct Theme: Sendable {
    public var usesColor: Bool

    public init(usesColor: Bool) { self.usesColor = usesColor }

    private func colored(_ style: Style) -> Style { usesColor ? style : style.monochrome }

    public var plain: Style { .plain }
    public var titleBar: Style {
        colored(Style(foreground: .black, background: .cyan, bold: true)).withReverseIfMono(usesColor)
    }
    public var statusBar: Style { colored(Style(dim: false)) }
    public var heading: Style { colored(Style(foreground: .cyan, bold: true)) }
    public var subtle: Style { Style(dim: true) }
    public var selected: Style { Style(reverse: true) }
    public var key: Style { colored(Style(foreground: .yellow, bold: true)) }
    public var accent: Style { colored(Style(foreground: .magenta, bold: true)) }
    public var good: Style { colored(Style(foreground: .green)) }
    public var bad: Style { colored(Style(foreground: .red)) }
    public var warning: Style { colored(Style(foreground: .yellow, bold: true)) }
    public var barFilled: Style { colored(Style(foreground: Self.masteredShade)) }
    public var barEmpty: Style { Style(dim: true) }

    /// The heatmap's shades. On a 256-colour terminal they are mid-tone (readable on dark and light backgrounds
    /// alike, where bright yellow vanishes on white); elsewhere each falls back to the basic colour named beside it.
    public static let masteredShade = TermColor.indexed(28)  // green
    public static let learnedShade = TermColor.indexed(31)  // cyan
    public static let doneAnywayShade = TermColor.indexed(133)  // purple: done, but not learned
    public static let uncertainShade = TermColor.indexed(172)  // yellow (amber)
    public static let missingShade = TermColor.indexed(160)  // red

    public func style(for state: CheckpointDisplayState) -> Style {
        switch state {
        case .mastered: colored(Style(foreground: Self.masteredShade, bold: true))
        case .learned: colored(Style(foreground: Self.learnedShade, bold: true))
        case .doneAnyway: colored(Style(foreground: Self.doneAnywayShade, bold: true))
        case .uncertain: colored(Style(foreground: Self.uncertainShade))
        case .missing: colored(Style(foreground: Self.missingShade, bold: true))
        case .notAssessed: Style(dim: true)
        }
    }

    /// How far apart respondents are, on the disagreement map and the heatmap's disagreement mode: dim where they
    /// agree, red where they are opposite (the glyphs differ too: `DisagreementLevel.glyph`).
    public func style(for level: DisagreementLevel) -> Style {
        switch level {
        case .agree: subtle
        case .slight: plain
        case .clear: warning
        case .opposite: bad.with(bold: true)
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
