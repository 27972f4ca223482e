import DijipilotCore
import Foundation

/// Team mode: simulated teams of 2 and 3 people answering about the same business (the diagnostic section's truth
/// model), each with independent noise, against one person at 15 and at 30 questions. `dijipilot-bench team`.
///
/// Each respondent has their own view of the business: each checkpoint is seen wrongly with probability 5% (fixed
/// for that respondent, so their answers about it agree with each other), and 10% of their answers are careless, as
/// in the diagnostic section. Every session runs to exactly its question count (no precision stop).
func runTeamBench(_ options: BenchOptions) {
    let (name, course) = builtInOrGeneratedCourse()
    let businesses = options.quick ? 60 : 300
    print("## Team mode: several respondents about one business")
    print("")
    print(
        "\(businesses) simulated businesses (\(name)); each respondent misreads each checkpoint with probability 5% and answers carelessly 10% of the time, independently of the others; the team picture pools their estimates (TeamPicture, ρ = 0.5)."
    )
    print("")
    let curriculum = course.curriculum
    let order = SimulatedFounder.prerequisiteOrder(curriculum)
    let base = DiagnosticSession(course: course, config: DiagnosticConfig(maxQuestions: 0))
    var rows: [(String, Tally)] = [
        ("one person, 15 questions", Tally()), ("one person, 30 questions", Tally()),
        ("team of 2, 15 questions each", Tally()), ("team of 3, 15 questions each", Tally()),
    ]
    for b in 0..<businesses {
        var rng = SeededGenerator(seed: 1_000 + UInt64(b))
        let business = SimulatedFounder.draw(curriculum: curriculum, order: order, rng: &rng)
        var estimates15: [[Double]] = []
        var members15: [TeamMember] = []
        var single30: [Double] = []
        for r in 0..<3 {
            var viewRNG = SeededGenerator(seed: 200_000 + UInt64(b) * 7 + UInt64(r))
            var view = business
            for i in view.mastered.indices where viewRNG.nextUnit() < 0.05 { view.mastered[i].toggle() }
            var answerRNG = SeededGenerator(seed: 300_000 + UInt64(b) * 7 + UInt64(r))
            var config = DiagnosticConfig(maxQuestions: r == 0 ? 30 : 15).withoutPrecisionStop
            config.seed = UInt64(b * 3 + r)
            var session = base.replaying([], config: config)
            while let question = session.currentQuestion {
                try? session.answer(choice: view.choose(question, index: curriculum.indexByID, rng: &answerRNG))
                if session.answers.count == 15 {
                    estimates15.append(session.probabilities)
                    members15.append(
                        TeamMember(
                            respondent: "R\(r)", role: nil, takenAt: Date(timeIntervalSince1970: 0),
                            contentHash: course.contentHash, answers: session.answers))
                }
            }
            if r == 0 { single30 = session.probabilities }
        }
        guard estimates15.count == 3 else { continue }
        rows[0].1.add(probabilities: estimates15[0], truth: business.mastered)
        rows[1].1.add(probabilities: single30, truth: business.mastered)
        rows[2].1.add(
            probabilities: TeamPicture.combine(prior: base.probabilities, estimates: Array(estimates15.prefix(2))),
            truth: business.mastered)
        rows[3].1.add(
            probabilities: TeamPicture.combine(prior: base.probabilities, estimates: estimates15),
            truth: business.mastered)
    }
    func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
    print("| who answers | accuracy | balanced accuracy |")
    print("|---|---|---|")
    for (label, tally) in rows { print("| \(label) | \(percent(tally.accuracy)) | \(percent(tally.balanced)) |") }
    print("")
    let target = rows[2].1.accuracy >= rows[1].1.accuracy - 0.005
    print(
        "Target: a team of 2 at 15 questions each within 0.5 points of one person at 30 (the same 30 answers' worth of evidence, split between two views): \(target ? "met" : "not met")."
    )
    print("")
}
