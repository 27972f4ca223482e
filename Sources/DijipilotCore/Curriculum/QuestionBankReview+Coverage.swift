import Foundation

/// Whether every business can answer a question truthfully: each combination of its probed checkpoints that a
/// business can hold (no lesson without a prerequisite the same question probes) should have an option within
/// `coverageDistance` of it, evidence summed over the checkpoints as the engine reads answers. Without one, such a
/// founder picks an option that misstates their business; when the uncovered combination is "everything in
/// place", the best operators have nothing true to pick.
extension QuestionBankReview {
    /// An option at most this far (summed over the probed checkpoints, 1 = practised, 0 = not) describes a
    /// combination: exactly, or off by one "partly".
    public static let coverageDistance = 0.5
    /// Questions probing more checkpoints are not judged: four checkpoints make up to sixteen combinations, which
    /// five options cannot each describe.
    public static let coverageMaximumCheckpoints = 3

    /// One warning per uncovered combination, naming what the business masters and what it does not.
    func coverageProblems(
        _ question: Question, at q: Int, prerequisites: [String: Set<String>]
    ) -> [ValidationProblem] {
        let k = question.checkpoints.count
        let options = question.options.filter { !$0.isNotSure }
        guard k >= 1, k <= Self.coverageMaximumCheckpoints, !options.isEmpty else { return [] }
        var found: [ValidationProblem] = []
        for combination in 0..<(1 << k) {
            func holds(_ j: Int) -> Bool { (combination >> j) & 1 == 1 }
            let possible = (0..<k).allSatisfy { j in
                !holds(j)
                    || (0..<k).allSatisfy { other in
                        holds(other)
                            || !(prerequisites[question.checkpoints[j]] ?? []).contains(question.checkpoints[other])
                    }
            }
            guard possible else { continue }
            let nearest =
                options.map { option in
                    (0..<k).reduce(0.0) { sum, j in
                        sum + abs((option.evidence[question.checkpoints[j]] ?? 0.5) - (holds(j) ? 1 : 0))
                    }
                }.min() ?? 0
            guard nearest > Self.coverageDistance + 1e-9 else { continue }
            let masters = (0..<k).filter(holds).map { question.checkpoints[$0] }
            let lacks = (0..<k).filter { !holds($0) }.map { question.checkpoints[$0] }
            let business =
                masters.isEmpty
                ? "masters none of \(lacks.joined(separator: ", "))"
                : lacks.isEmpty
                    ? "masters all of \(masters.joined(separator: ", "))"
                    : "masters \(masters.joined(separator: ", ")) but not \(lacks.joined(separator: ", "))"
            found.append(
                ValidationProblem(
                    file: questionsFile, path: "questions[\(q)]",
                    message:
                        "\(question.id) has no option for a business that \(business) (the nearest is "
                        + "\(Self.points(nearest)) away): such a founder has no true answer; describe that way of "
                        + "working in an option, or rewrite the option that adds least",
                    severity: .warning))
        }
        return found
    }

    /// 1, 1.5, 2: an evidence distance as written in messages.
    static func points(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(format: "%.1f", x)
    }
}
