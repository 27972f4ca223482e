import DijipilotCore
import Foundation

/// A focused re-check after the truth changed (issue 14): a simulated founder takes the full diagnostic, then
/// learns three lessons of one program (each missing, its prerequisites in place), marks them done, and re-checks
/// that program. Reports how many questions the re-check asks, how often each learned lesson then reads as
/// mastered (p ≥ 0.5), and how often lessons that did not change flip. `dijipilot-bench recheck`.
func runRecheckBench(_ options: BenchOptions) {
    guard let folder = DataLocator.builtInFolder(), let course = try? CourseLoader.load(folder: folder) else {
        print("recheck bench: the built-in curriculum was not found"); return
    }
    let founders = options.quick ? 40 : 200
    let curriculum = course.curriculum
    let order = SimulatedFounder.prerequisiteOrder(curriculum)
    let graph = PrerequisiteGraph(curriculum: curriculum)
    let index = curriculum.indexByID
    let ranges = curriculum.programRanges
    var runs = 0, questions: [Int] = [], detected = [0, 0, 0], probed = [0, 0, 0], movedUp = [0, 0, 0]
    var readMissingBefore = [0, 0, 0], flips = 0, unchanged = 0, confirmed = 0, contradicted = 0

    for f in 0..<founders {
        var rng = SeededGenerator(seed: 1_000 + UInt64(f))
        var founder = SimulatedFounder.draw(curriculum: curriculum, order: order, rng: &rng)
        var answerRNG = SeededGenerator(seed: 50_000 + UInt64(f))
        var session = DiagnosticSession(course: course, config: DiagnosticConfig(seed: UInt64(f)))
        while let q = session.currentQuestion {
            try? session.answer(choice: founder.choose(q, index: index, rng: &answerRNG))
        }
        let start = Date(timeIntervalSince1970: 1_780_000_000)
        var progress = ProgressFile()
        progress.complete(session: session, course: course, at: start)

        // The program with the most learnable lessons; three of them learned, in prerequisite order.
        var learned: [Int] = []
        var pickRNG = SeededGenerator(seed: 30_000 + UInt64(f))
        for p in ranges.indices {
            var truth = founder.mastered, chosen: [Int] = []
            for _ in 0..<3 {
                let learnable = ranges[p].filter { !truth[$0] && graph.prerequisites[$0].allSatisfy { truth[$0] } }
                guard !learnable.isEmpty else { break }
                let i = learnable[pickRNG.nextInt(learnable.count)]
                truth[i] = true; chosen.append(i)
            }
            if chosen.count == 3 && (learned.isEmpty || pickRNG.nextUnit() < 0.3) { learned = chosen }
        }
        guard learned.count == 3, let p = ranges.firstIndex(where: { $0.contains(learned[0]) }) else { continue }
        let before = session.probabilities
        for i in learned {
            founder.mastered[i] = true
            progress.setStatus(lessonID: curriculum.lessons[i].id, status: .done, at: start.addingTimeInterval(86_400))
        }
        let focus = RecheckFocus.program(curriculum.programs[p].id)
        let later = start.addingTimeInterval(30 * 86_400)
        guard let started = try? progress.recheckSession(focus: focus, course: course, now: later) else { continue }
        var recheck = started.session
        let ids = started.checkpoints
        while let q = recheck.currentQuestion {
            try? recheck.answer(choice: founder.choose(q, index: index, rng: &answerRNG))
        }
        let record = progress.completeRecheck(
            session: recheck, focus: focus, checkpoints: ids, course: course, at: later)
        runs += 1
        questions.append(recheck.answers.count)
        confirmed += record.confirmed.count; contradicted += record.contradicted.count
        let asked = Set(
            recheck.answers.flatMap { a in
                course.bank.questions.first { $0.id == a.questionID }!.checkpoints.compactMap { index[$0] }
            })
        let after = recheck.probabilities
        for (k, i) in learned.enumerated() {
            if before[i] < 0.5 { readMissingBefore[k] += 1 }
            if after[i] >= 0.5 { detected[k] += 1 }
            if after[i] - before[i] >= CheckpointMove.threshold { movedUp[k] += 1 }
            if asked.contains(i) { probed[k] += 1 }
        }
        for i in ranges[p] where !learned.contains(i) {
            unchanged += 1
            if (before[i] >= 0.5) != (after[i] >= 0.5) && (after[i] >= 0.5) != founder.mastered[i] { flips += 1 }
        }
    }

    func pct(_ n: Int, _ d: Int) -> String { d == 0 ? "-" : String(format: "%.1f%%", 100 * Double(n) / Double(d)) }
    let sorted = questions.sorted()
    print("## Focused re-check after the truth changed")
    print("")
    print(
        "\(runs) of \(founders) simulated founders (the diagnostic section's truth model and answers): full diagnostic, then three lessons of one program learned (each missing with its prerequisites in place) and marked done, then `--focus program:P` (at most \(RecheckFocus.defaultMaxQuestions) questions)."
    )
    print("")
    if runs > 0 {
        let mean = Double(questions.reduce(0, +)) / Double(runs)
        print(
            String(
                format: "questions asked: mean %.1f, median %d, max %d", mean, sorted[sorted.count / 2], sorted.last!))
    }
    print("")
    print(
        "| learned lesson | read missing before | probed by a question | moved up ≥ 5 points | reads mastered after |")
    print("|---|---:|---:|---:|---:|")
    for k in 0..<3 {
        print(
            "| \(["first", "second", "third"][k]) | \(pct(readMissingBefore[k], runs)) | \(pct(probed[k], runs)) | \(pct(movedUp[k], runs)) | \(pct(detected[k], runs)) |"
        )
    }
    let all = detected.reduce(0, +)
    print("")
    print(
        "all three changes: \(pct(all, 3 * runs)) read mastered after; done lessons confirmed \(confirmed), sent back \(contradicted); unchanged lessons of the program flipped to a wrong reading: \(pct(flips, unchanged))"
    )
    print("")
}
