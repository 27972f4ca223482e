import Foundation

/// How a probability of mastery is written for people: two decimals, rounded toward 0.5.
///
/// Why not plain rounding: the states change at 0.85 and 0.15, so 0.848 ("uncertain") printed as 0.85 reads like a
/// mastered checkpoint called uncertain. Rounding toward the middle never crosses a threshold.
public enum ProbabilityFormat {
    public static func text(_ p: Double) -> String {
        guard p.isFinite else { return "?" }
        // The epsilon keeps 0.57 (56.999… in binary) at 0.57.
        let hundredths = p >= 0.5 ? (p * 100 + 1e-9).rounded(.down) : (p * 100 - 1e-9).rounded(.up)
        return String(format: "%.2f", hundredths / 100)
    }

    /// The same as a whole percentage, also rounded toward 50%: "62%".
    public static func percent(_ p: Double) -> String {
        guard p.isFinite else { return "?%" }
        let value = p >= 0.5 ? (p * 100 + 1e-9).rounded(.down) : (p * 100 - 1e-9).rounded(.up)
        return "\(Int(value))%"
    }
}
