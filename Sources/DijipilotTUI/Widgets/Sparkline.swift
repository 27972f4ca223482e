/// A run of eighth-block bars, one per value in 0...1 ("▁▃▅█"), a space for a missing value. The scale is
/// absolute (0 draws ▁, 1 draws █), so two rows side by side compare.
enum Sparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func text(_ values: [Double?]) -> String {
        String(
            values.map { value -> Character in
                guard let value, value.isFinite else { return " " }
                let clamped = min(1, max(0, value))
                return levels[Int((clamped * Double(levels.count - 1)).rounded())]
            })
    }
}
