import DijipilotCore
import Foundation

/// The business profile as the diagnostic's first guess: the same simulated founders and answers, with and
/// without a profile drawn consistently with each founder's stage (revenue band and team size; 20% of founders
/// answer "Prefer not to say" to both). `dijipilot-bench profile`; also printed by the diagnostic section.
func runProfileBench(_ options: BenchOptions) {
    guard let folder = DataLocator.builtInFolder(), let course = try? CourseLoader.load(folder: folder) else {
        print("profile bench: the built-in curriculum was not found"); return
    }
    let founders = options.quick ? 100 : 500
    print("## The business profile as the first guess")
    print("")
    print(
        "\(founders) simulated founders (the diagnostic section's truth model and answers), each with a revenue band and team size drawn from its stage, 20% \"Prefer not to say\"; accuracy over the checkpoints that apply to the profile."
    )
    print("")
    measureProfileGuess(course, founders: founders)
}

/// P(answer | stage) for the simulated founders: deliberately not the engine's own table (`stageLikelihood`).
private let revenueByStage: [[(String, Double)]] = [
    [("pre-revenue", 0.35), ("under-10k", 0.5), ("10k-100k", 0.13), ("100k-1m", 0.02)],
    [("pre-revenue", 0.03), ("under-10k", 0.3), ("10k-100k", 0.5), ("100k-1m", 0.15), ("over-1m", 0.02)],
    [("under-10k", 0.05), ("10k-100k", 0.35), ("100k-1m", 0.45), ("over-1m", 0.15)],
]
private let teamByStage: [[(String, Double)]] = [
    [("solo", 0.7), ("2-5", 0.27), ("6-20", 0.03)],
    [("solo", 0.35), ("2-5", 0.5), ("6-20", 0.13), ("21+", 0.02)],
    [("solo", 0.15), ("2-5", 0.4), ("6-20", 0.33), ("21+", 0.12)],
]

private func pick(_ table: [(String, Double)], _ rng: inout SeededGenerator) -> String {
    var u = rng.nextUnit() * table.reduce(0) { $0 + $1.1 }
    for (value, weight) in table {
        u -= weight
        if u <= 0 { return value }
    }
    return table.last!.0
}

private func measureProfileGuess(_ course: CourseData, founders: Int) {
    let curriculum = course.curriculum
    let order = SimulatedFounder.prerequisiteOrder(curriculum)
    let counts = [5, 10, 15, 25]
    var without = [Tally](repeating: Tally(), count: counts.count), with = without
    var stopWithout = Tally(), stopWith = Tally()
    var stopsWithout: [Int] = [], stopsWith: [Int] = []

    for f in 0..<founders {
        var rng = SeededGenerator(seed: 1_000 + UInt64(f))
        let founder = SimulatedFounder.draw(curriculum: curriculum, order: order, rng: &rng)
        var profileRNG = SeededGenerator(seed: 90_000 + UInt64(f))
        var profile = BusinessProfile()
        if profileRNG.nextUnit() < 0.2 {
            profile[.revenue] = ProfileField.preferNotToSay; profile[.team] = ProfileField.preferNotToSay
        } else {
            profile[.revenue] = pick(revenueByStage[founder.stage], &profileRNG)
            profile[.team] = pick(teamByStage[founder.stage], &profileRNG)
        }
        let applies = CourseApplicability(course: course, profile: profile).lessons
        func scored(_ values: [Double]) -> ([Double], [Bool]) {
            let kept = values.indices.filter { applies[$0] }
            return (kept.map { values[$0] }, kept.map { founder.mastered[$0] })
        }
        var answerRNG = SeededGenerator(seed: 50_000 + UInt64(f))
        var answersByQuestion: [String: Int] = [:]
        func answer(_ question: Question) -> Int {
            if let known = answersByQuestion[question.id] { return known }
            let choice = founder.choose(question, index: curriculum.indexByID, rng: &answerRNG)
            answersByQuestion[question.id] = choice
            return choice
        }
        for useProfile in [false, true] {
            let config = DiagnosticConfig(maxQuestions: counts.last!, seed: UInt64(f))
            var session = DiagnosticSession(
                course: course, config: config, answers: [], profile: useProfile ? profile : BusinessProfile())
            while let question = session.currentQuestion { try? session.answer(choice: answer(question)) }
            let (p, t) = scored(session.probabilities)
            if useProfile {
                stopsWith.append(session.answers.count); stopWith.add(probabilities: p, truth: t)
            } else {
                stopsWithout.append(session.answers.count); stopWithout.add(probabilities: p, truth: t)
            }
            session = session.replaying([], config: config.withoutPrecisionStop)
            var k = 0
            while let question = session.currentQuestion {
                try? session.answer(choice: answer(question))
                if k < counts.count, session.answers.count == counts[k] {
                    let (p, t) = scored(session.probabilities)
                    if useProfile {
                        with[k].add(probabilities: p, truth: t)
                    } else {
                        without[k].add(probabilities: p, truth: t)
                    }
                    k += 1
                }
            }
        }
    }
    print("| questions | accuracy without | accuracy with profile | balanced without | balanced with profile |")
    print("|---:|---:|---:|---:|---:|")
    func pct(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
    for (k, n) in counts.enumerated() {
        print(
            "| \(n) | \(pct(without[k].accuracy)) | \(pct(with[k].accuracy)) | \(pct(without[k].balanced)) | \(pct(with[k].balanced)) |"
        )
    }
    func mean(_ xs: [Int]) -> Double { xs.isEmpty ? 0 : Double(xs.reduce(0, +)) / Double(xs.count) }
    print(
        "| at the stop (cap 25) | \(pct(stopWithout.accuracy)) | \(pct(stopWith.accuracy)) | \(pct(stopWithout.balanced)) | \(pct(stopWith.balanced)) |"
    )
    print("")
    print(
        String(
            format: "Mean questions the stopping rule asks (cap 25): %.1f without the profile, %.1f with it.",
            mean(stopsWithout), mean(stopsWith)))
}
