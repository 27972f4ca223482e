/// A horizontal bar: filled cells for the done fraction, light cells for the rest, optional text after it.
public enum ProgressBar {
    /// Renders `fraction` (0...1) into `width` columns starting at (x, y). Eighth-blocks give smooth ends.
    public static func render(into grid: inout Grid, x: Int, y: Int, width: Int, fraction: Double,
                              filled: Style, empty: Style) {
        guard width > 0 else { return }
        let f = fraction.isFinite ? min(1, max(0, fraction)) : 0
        let eighths = Int((f * Double(width * 8)).rounded())
        let full = eighths / 8, rest = eighths % 8
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var bar = String(repeating: "█", count: full)
        if rest > 0 && full < width { bar += partials[rest] }
        grid.put(bar, x: x, y: y, style: filled, maxWidth: width)
        let used = DisplayWidth.of(bar)
        if used < width { grid.put(String(repeating: "░", count: width - used), x: x + used, y: y, style: empty) }
    }

    /// "42%" style label.
    public static func percent(_ fraction: Double) -> String {
        let f = fraction.isFinite ? min(1, max(0, fraction)) : 0
        return "\(Int((f * 100).rounded()))%"
    }
}
