import DijipilotCore
import Foundation

/// Answer strategies that know nothing about the business: what a founder gets who answers by the look of the
/// options. An honest bank and a shuffled order leave them all near the random strategy.
enum GamingStrategy: String, CaseIterable {
    case random = "uniformly random"
    case first = "always the first shown"
    case last = "always the last shown"
    case longest = "always the longest"
    case shortest = "always the shortest"

    /// The position on screen the strategy picks, among the written options (never "Not sure").
    func pick(labels: [String], rng: inout SeededGenerator) -> Int {
        let count = labels.count
        switch self {
        case .random: return rng.nextInt(count)
        case .first: return 0
        case .last: return count - 1
        case .longest: return labels.indices.max { labels[$0].count < labels[$1].count }!
        case .shortest: return labels.indices.min { labels[$0].count < labels[$1].count }!
        }
    }
}

/// The gaming table: the mastered share (p ≥ 0.5) each strategy is reported, over `sessions` seeded sessions
/// with the app's default stopping rule.
func runGamingBench(_ course: CourseData, sessions: Int) {
    let base = DiagnosticSession(course: course, config: DiagnosticConfig(maxQuestions: 0))
    print(
        "Answer strategies that know nothing about the business, \(sessions) seeded sessions each, default stopping"
            + " rule; options in the app's shuffled order:")
    print("")
    print("| strategy | reported mastered | vs random | within ±8 points |")
    print("|---|---:|---:|:---:|")
    var shares: [GamingStrategy: Double] = [:]
    for strategy in GamingStrategy.allCases {
        var mastered = 0, total = 0
        for s in 0..<sessions {
            var rng = SeededGenerator(seed: 300_000 + UInt64(s))
            var session = base.replaying([], config: DiagnosticConfig(seed: UInt64(s)))
            while let question = session.currentQuestion {
                let order = session.shownOrder.filter { !question.choices[$0].isNotSure }
                let labels = order.map { question.choices[$0].label }
                try? session.answer(choice: order[strategy.pick(labels: labels, rng: &rng)])
            }
            mastered += session.probabilities.filter { $0 >= 0.5 }.count
            total += session.probabilities.count
        }
        shares[strategy] = Double(mastered) / Double(max(1, total))
    }
    let random = shares[.random] ?? 0
    var worst = 0.0
    for strategy in GamingStrategy.allCases {
        let share = shares[strategy] ?? 0
        let gap = (share - random) * 100
        if strategy != .random { worst = max(worst, abs(gap)) }
        print(
            String(
                format: "| %@ | %.1f%% | %@ | %@ |", strategy.rawValue as NSString, share * 100,
                (strategy == .random ? "—" : String(format: "%+.1f", gap)) as NSString,
                (strategy == .random ? "" : (abs(gap) <= 8 ? "ok" : "MISSED")) as NSString))
    }
    print("")
    print(
        String(
            format: "Target: every strategy within ±8 points of random: largest gap %.1f points %@.", worst,
            worst <= 8 ? "ok" : "MISSED"))
}
