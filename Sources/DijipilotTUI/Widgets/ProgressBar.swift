/// A horizontal bar: filled cells for the done fraction, light cells for the rest. Drawn on the first row of its
/// area, across its width; eighth-blocks give smooth ends.
public struct ProgressBar: Widget {
    /// 0...1; anything else is clamped (a non-finite value draws an empty bar).
    public var fraction: Double
    public var filled: Style
    public var empty: Style

    public init(_ fraction: Double, filled: Style, empty: Style) {
        self.fraction = fraction; self.filled = filled; self.empty = empty
    }

    public func render(into grid: inout Grid, area: Rect) {
        let width = area.width
        guard width > 0, area.height > 0 else { return }
        let f = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let eighths = Int((f * Double(width * 8)).rounded())
        let full = eighths / 8, rest = eighths % 8
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var bar = String(repeating: "█", count: full)
        if rest > 0 && full < width { bar += partials[rest] }
        grid.put(bar, x: area.x, y: area.y, style: filled, maxWidth: width)
        let used = DisplayWidth.of(bar)
        if used < width {
            grid.put(String(repeating: "░", count: width - used), x: area.x + used, y: area.y, style: empty)
        }
    }

    /// "42%" style label.
    public static func percent(_ fraction: Double) -> String {
        let f = fraction.isFinite ? min(1, max(0, fraction)) : 0
        return "\(Int((f * 100).rounded()))%"
    }
}

extension Rect {
    /// One row of `width` columns from (x, y): where a bar or a line of cells goes.
    public static func row(x: Int, y: Int, width: Int) -> Rect { Rect(x: x, y: y, width: width, height: 1) }
}
