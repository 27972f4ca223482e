/// A trend line in one character per value, ▁ for 0 to █ for 1; a blank where a value is missing. The history
/// screen and the text and Markdown reports draw mastery over time with it.
public enum Sparkline {
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func text(_ values: [Double?]) -> String {
        String(
            values.map { value -> Character in
                guard let value, value.isFinite else { return " " }
                let clamped = min(1, max(0, value))
                return levels[Int((clamped * Double(levels.count - 1)).rounded())]
            })
    }
}
