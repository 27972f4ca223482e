import Foundation

/// How a probability of mastery is written for people: two decimals, rounded toward 0.5.
///
/// Why not plain rounding: the states change at 0.85 and 0.15, so 0.848 ("uncertain") printed as 0.85 reads like a
/// mastered checkpoint called uncertain. Rounding toward the middle never crosses a threshold.
public enum ProbabilityFormat {
    public static func text(_ p: Double) -> String {
        guard p.isFinite else { return "?" }
        return String(format: "%.2f", hundredthsTowardMiddle(p) / 100)
    }

    /// The same as a whole percentage, also rounded toward 50%: "62%".
    public static func percent(_ p: Double) -> String {
        guard p.isFinite else { return "?%" }
        return "\(Int(hundredthsTowardMiddle(p)))%"
    }

    /// p × 100 as a whole number, rounded toward 50. The epsilon keeps 0.57 (56.999… in binary) at 57.
    private static func hundredthsTowardMiddle(_ p: Double) -> Double {
        p >= 0.5 ? (p * 100 + 1e-9).rounded(.down) : (p * 100 - 1e-9).rounded(.up)
    }
}
