/// One of the terminal's colours: the 8 basic ones everywhere, or an index into the 256-colour palette.
public enum TermColor: Hashable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
    case indexed(UInt8)

    /// The ANSI palette index (0-7 for the basic colours).
    public var index: Int {
        switch self {
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        case .indexed(let i): Int(i)
        }
    }

    /// The colour on a terminal with `available` colours: a palette index it lacks becomes the nearest of the
    /// 8 basic colours, so a theme can ask for 256-colour shades and still read on an 8-colour terminal.
    public func index(available: Int) -> Int {
        guard case .indexed(let i) = self, Int(i) >= available else { return index }
        return Self.basicNearest(to: i).index
    }

    /// The 6×6×6 cube and the grey ramp of the 256-colour palette, each channel read as on (≥ 2 of 5) or off.
    static func basicNearest(to index: UInt8) -> TermColor {
        let basics: [TermColor] = [.black, .red, .green, .yellow, .blue, .magenta, .cyan, .white]
        switch index {
        case 0..<16: return basics[Int(index) % 8]
        case 232...255: return index >= 244 ? .white : .black
        default:
            let cube = Int(index) - 16
            let r = cube / 36, g = (cube / 6) % 6, b = cube % 6
            return basics[(r >= 2 ? 1 : 0) | (g >= 2 ? 2 : 0) | (b >= 2 ? 4 : 0)]
        }
    }
}

/// How a cell is drawn. `nil` colours keep the terminal's own defaults, so light and dark themes both read well.
public struct Style: Hashable, Sendable {
    public var foreground: TermColor?
    public var background: TermColor?
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false

    public init(
        foreground: TermColor? = nil, background: TermColor? = nil, bold: Bool = false,
        dim: Bool = false, reverse: Bool = false, underline: Bool = false
    ) {
        self.foreground = foreground; self.background = background
        self.bold = bold; self.dim = dim; self.reverse = reverse; self.underline = underline
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let reverse = Style(reverse: true)

    public func with(bold: Bool? = nil, reverse: Bool? = nil, foreground: TermColor?? = nil) -> Style {
        var s = self
        if let bold { s.bold = bold }
        if let reverse { s.reverse = reverse }
        if let foreground { s.foreground = foreground }
        return s
    }

    /// The same style without colours: what a monochrome or NO_COLOR terminal shows.
    public var monochrome: Style {
        var s = self
        s.foreground = nil; s.background = nil
        return s
    }
}
