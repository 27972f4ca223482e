import DijipilotCore
import Foundation

/// Options shared by every bench section.
struct BenchOptions {
    /// A smaller run for development and CI.
    var quick = false
}

/// The diagnostic section: accuracy on simulated founders for three question orders, and the time per step.
func runDiagnosticBench(_ options: BenchOptions) {
    let founders = options.quick ? 100 : 1000
    let course = builtInOrGeneratedCourse()
    print("## Diagnostic")
    print("")
    print(
        "Curriculum: \(course.name): \(course.data.curriculum.checkpointCount) checkpoints, \(course.data.bank.questions.count) questions."
    )
    print(
        "\(founders) simulated founders (fixed seeds; stage, strong and weak programs, prerequisites respected), 10% careless answers."
    )
    print("")

    let accuracy = measureAccuracy(course.data, founders: founders)
    printAccuracyTable(accuracy)

    print("")
    runGamingBench(course.data, sessions: options.quick ? 40 : 200)
    print("")
    runTruthModelBench(course.data, founders: options.quick ? 60 : 300)

    print("")
    print("Time per step (answer + choose the next question; meaningful in a release build):")
    let builtIn = measureStepTimes(course.data, founders: options.quick ? 5 : 20)
    print(
        String(
            format: "  %-34@ p50 %7.2f ms   p99 %7.2f ms   (target ≤ 5 ms)%@",
            "\(course.name) (\(course.data.curriculum.checkpointCount))" as NSString,
            builtIn.p50, builtIn.p99, (builtIn.p99 <= 5 ? "  ok" : "  MISSED") as NSString))
    let large = CurriculumGenerator.generate(checkpoints: 10_000, seed: 7)
    let largeTimes = measureStepTimes(large, founders: options.quick ? 1 : 3, maxQuestions: options.quick ? 10 : 30)
    print(
        String(
            format: "  %-34@ p50 %7.2f ms   p99 %7.2f ms   (target ≤ 100 ms)%@",
            "generated (\(large.curriculum.checkpointCount))" as NSString,
            largeTimes.p50, largeTimes.p99, (largeTimes.p99 <= 100 ? "  ok" : "  MISSED") as NSString))
}

/// The built-in curriculum, or a generated 120-checkpoint stand-in while the built-in one is a placeholder.
func builtInOrGeneratedCourse() -> (name: String, data: CourseData) {
    if let folder = DataLocator.builtInFolder(), let course = try? CourseLoader.load(folder: folder),
        course.curriculum.checkpointCount >= 20
    {
        return ("built-in", course)
    }
    return (
        "generated stand-in (built-in data is a placeholder)", CurriculumGenerator.generate(checkpoints: 120, seed: 1)
    )
}

// MARK: - Accuracy

let questionCounts = [5, 10, 15, 20, 25, 30]

/// Pooled confusion counts at one question count: probability >= 0.5 read as "mastered".
struct Tally {
    var correct = 0, total = 0
    var masteredHit = 0, masteredTotal = 0
    var missingHit = 0, missingTotal = 0

    mutating func add(probabilities: [Double], truth: [Bool]) {
        for (p, t) in zip(probabilities, truth) {
            let said = p >= 0.5
            total += 1
            if said == t { correct += 1 }
            if t {
                masteredTotal += 1; if said { masteredHit += 1 }
            } else {
                missingTotal += 1; if !said { missingHit += 1 }
            }
        }
    }
    var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    var balanced: Double {
        let recalls = [(masteredHit, masteredTotal), (missingHit, missingTotal)].filter { $0.1 > 0 }.map {
            Double($0.0) / Double($0.1)
        }
        return recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
    }
}

struct AccuracyReport {
    /// [rule][count index]; the last index is "all questions".
    var tallies: [String: [Tally]]
    var meanQuestionsAdaptive: Double
    var masteredShare: Double
    /// Adaptive with its default stopping rule: where it stopped (sorted), the accuracy there, and the same founders'
    /// accuracy had it gone on to 30 questions.
    var stops: [Int] = []
    var atStop = Tally()
    var atMax = Tally()
    /// |estimatedTotal after question 3 − actual stop| / actual stop, per founder; and the mean change of the
    /// estimate from one question to the next.
    var estimateErrors: [Double] = []
    var estimateJitter = 0.0
    /// The oracle that knows each founder's stage and mission strengths and asks nothing (the inference ceiling).
    var oracle = Tally()
    /// The same oracle told, besides, the truth of every checkpoint the adaptive diagnostic's first 25 questions
    /// probed: an upper bound for the adaptive diagnostic at 25.
    var oracleAt25 = Tally()
    /// At 25 adaptive questions, split by whether a question probed the checkpoint: the engine, and the oracle
    /// on the unprobed ones. Tells where accuracy is lost: reading answers, or inferring the rest.
    var probedAt25 = Tally(), unprobedAt25 = Tally(), oracleUnprobedAt25 = Tally()
}

let rules = ["adaptive", "random", "fixed"]

func measureAccuracy(_ course: CourseData, founders: Int) -> AccuracyReport {
    let curriculum = course.curriculum
    let order = SimulatedFounder.prerequisiteOrder(curriculum)
    let base = DiagnosticSession(course: course, config: DiagnosticConfig(maxQuestions: 0))
    let bank = course.bank.questions
    let questionByID = Dictionary(uniqueKeysWithValues: bank.map { ($0.id, $0) })
    var tallies = Dictionary(
        uniqueKeysWithValues: rules.map { ($0, [Tally](repeating: Tally(), count: questionCounts.count + 1)) })
    var askedTotal = 0, masteredCount = 0
    var report = AccuracyReport(tallies: [:], meanQuestionsAdaptive: 0, masteredShare: 0)
    var jitterSum = 0.0, jitterCount = 0

    for f in 0..<founders {
        var rng = SeededGenerator(seed: 1_000 + UInt64(f))
        let founder = SimulatedFounder.draw(curriculum: curriculum, order: order, rng: &rng)
        masteredCount += founder.mastered.filter { $0 }.count
        var oracleRNG = SeededGenerator(seed: 70_000 + UInt64(f))
        let oracle = founder.oracleProbabilities(curriculum: curriculum, order: order, samples: 200, rng: &oracleRNG)
        report.oracle.add(probabilities: oracle, truth: founder.mastered)
        var answerRNG = SeededGenerator(seed: 50_000 + UInt64(f))
        // Each founder answers a given question once; every rule sees the same answers.
        var answersByQuestion: [String: Int] = [:]
        func answer(_ question: Question) -> RecordedAnswer {
            if let known = answersByQuestion[question.id] {
                return RecordedAnswer(questionID: question.id, choice: known)
            }
            let choice = founder.choose(question, index: curriculum.indexByID, rng: &answerRNG)
            answersByQuestion[question.id] = choice
            return RecordedAnswer(questionID: question.id, choice: choice)
        }

        // Adaptive: the engine picks each question. It runs with its stopping rule, then (the same questions, as the
        // rule only ends the session) on to 30, so the table compares every order at the same counts.
        let config = DiagnosticConfig(maxQuestions: questionCounts.last!, seed: UInt64(f))
        var session = base.replaying([], config: config)
        var snapshots: [[Double]] = []
        var estimates: [Int] = []
        func step() {
            let recorded = answer(session.currentQuestion!)
            try? session.answer(choice: recorded.choice)
            if questionCounts.contains(session.answers.count) { snapshots.append(session.probabilities) }
        }
        while session.currentQuestion != nil {
            step()
            if !session.isFinished { estimates.append(session.progress.estimatedTotal) }
        }
        let stop = session.answers.count
        report.stops.append(stop)
        report.atStop.add(probabilities: session.probabilities, truth: founder.mastered)
        if estimates.count >= 3 { report.estimateErrors.append(abs(Double(estimates[2] - stop)) / Double(stop)) }
        if estimates.count >= 2 {
            jitterSum += zip(estimates, estimates.dropFirst()).reduce(0.0) { $0 + Double(abs($1.1 - $1.0)) }
            jitterCount += estimates.count - 1
        }
        session = session.replaying(session.answers, config: config.withoutPrecisionStop)
        while session.currentQuestion != nil { step() }
        var told = oracle
        var probed = [Bool](repeating: false, count: oracle.count)
        for recorded in session.answers.prefix(25) {
            for id in questionByID[recorded.questionID]?.checkpoints ?? [] {
                if let i = curriculum.indexByID[id] { told[i] = founder.mastered[i] ? 1 : 0; probed[i] = true }
            }
        }
        report.oracleAt25.add(probabilities: told, truth: founder.mastered)
        if let at25 = questionCounts.firstIndex(of: 25), at25 < snapshots.count {
            let engine = snapshots[at25]
            let p = probed.indices.filter { probed[$0] }, u = probed.indices.filter { !probed[$0] }
            report.probedAt25.add(probabilities: p.map { engine[$0] }, truth: p.map { founder.mastered[$0] })
            report.unprobedAt25.add(probabilities: u.map { engine[$0] }, truth: u.map { founder.mastered[$0] })
            report.oracleUnprobedAt25.add(probabilities: u.map { oracle[$0] }, truth: u.map { founder.mastered[$0] })
        }
        report.atMax.add(probabilities: session.probabilities, truth: founder.mastered)
        askedTotal += stop
        while snapshots.count < questionCounts.count { snapshots.append(session.probabilities) }

        // Random and fixed orders: the same inference, questions in a shuffled or in the bank's order.
        var shuffled = Array(bank.indices)
        var orderRNG = SeededGenerator(seed: 90_000 + UInt64(f))
        shuffled.shuffle(using: &orderRNG)
        let orders = ["random": shuffled, "fixed": Array(bank.indices)]
        var allAnswers: [RecordedAnswer] = []
        for (k, count) in questionCounts.enumerated() {
            tallies["adaptive"]![k].add(probabilities: snapshots[k], truth: founder.mastered)
            for rule in ["random", "fixed"] {
                let answers = orders[rule]!.prefix(count).map { answer(bank[$0]) }
                let replay = base.replaying(answers, config: DiagnosticConfig(maxQuestions: answers.count))
                tallies[rule]![k].add(probabilities: replay.probabilities, truth: founder.mastered)
            }
        }
        allAnswers = bank.map(answer)
        let everything = base.replaying(allAnswers, config: DiagnosticConfig(maxQuestions: allAnswers.count))
        for rule in rules {
            tallies[rule]![questionCounts.count].add(probabilities: everything.probabilities, truth: founder.mastered)
        }
    }
    report.tallies = tallies
    report.meanQuestionsAdaptive = Double(askedTotal) / Double(max(1, founders))
    report.masteredShare = Double(masteredCount) / Double(max(1, founders * curriculum.checkpointCount))
    report.stops.sort()
    report.estimateJitter = jitterSum / Double(max(1, jitterCount))
    return report
}

func printAccuracyTable(_ report: AccuracyReport) {
    func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
    let headers = ["questions"] + rules.flatMap { ["\($0) acc", "\($0) bal"] }
    func row(_ cells: [String]) -> String {
        "| "
            + zip(cells, headers).map { String(repeating: " ", count: max(0, $1.count - $0.count)) + $0 }.joined(
                separator: " | ") + " |"
    }
    print(row(headers))
    print("|" + headers.map { String(repeating: "-", count: $0.count + 1) + ":" }.joined(separator: "|") + "|")
    for k in 0...questionCounts.count {
        let label = k < questionCounts.count ? "\(questionCounts[k])" : "all"
        let cells = rules.flatMap {
            [percent(report.tallies[$0]![k].accuracy), percent(report.tallies[$0]![k].balanced)]
        }
        print(row([label] + cells))
    }
    let at25 = report.tallies["adaptive"]![questionCounts.firstIndex(of: 25)!]
    let ahead = questionCounts.indices.allSatisfy {
        report.tallies["adaptive"]![$0].accuracy > report.tallies["random"]![$0].accuracy
    }
    print("")
    let defaults = DiagnosticConfig()
    let stops = report.stops
    func quantile(_ q: Double) -> Int {
        stops.isEmpty ? 0 : stops[min(stops.count - 1, Int(Double(stops.count - 1) * q + 0.5))]
    }
    print(
        String(
            format: "Adaptive with its stopping rule (mean uncertainty ≤ %.3f after %d questions, or every checkpoint"
                + " decided at %.2f, or %d) asked %.1f questions on average (p10 %d, median %d, p90 %d).",
            defaults.stopUncertainty, defaults.minQuestions, defaults.confidence, defaults.maxQuestions,
            report.meanQuestionsAdaptive, quantile(0.1), quantile(0.5), quantile(0.9)))
    print(
        "  Accuracy where it stopped: \(percent(report.atStop.accuracy)) (balanced \(percent(report.atStop.balanced)));"
            + " the same founders after 30 questions: \(percent(report.atMax.accuracy)) (balanced \(percent(report.atMax.balanced)))."
    )
    let errors = report.estimateErrors.sorted()
    let within = errors.filter { $0 <= 0.4 }.count
    print(
        String(
            format:
                "  Estimated total after question 3: mean error %.0f%% of the actual length, within ±40%% for %d of %d;"
                + " it moves by %.2f questions per answer on average.",
            (errors.reduce(0, +) / Double(max(1, errors.count))) * 100, within, errors.count, report.estimateJitter))
    print(String(format: "Simulated founders master %.0f%% of checkpoints on average.", report.masteredShare * 100))
    print(
        "Ceiling: an oracle that knows each founder's stage and every mission's strength, and asks nothing, scores"
            + " \(percent(report.oracle.accuracy)) (balanced \(percent(report.oracle.balanced))): the rest is each lesson's own chance,"
            + " which only a question probing that very checkpoint reveals.")
    print(
        "  Told besides the truth of every checkpoint that the adaptive's first 25 questions probe, it scores"
            + " \(percent(report.oracleAt25.accuracy)) (balanced \(percent(report.oracleAt25.balanced))): the most any diagnostic could reach with those questions."
    )
    let probedShare =
        Double(report.probedAt25.total) / Double(max(1, report.probedAt25.total + report.unprobedAt25.total))
    print(
        String(
            format:
                "  At 25 questions %.0f%% of checkpoints are probed; the engine is right on %@ of those and on %@ of the"
                + " others, where the oracle is right on %@.", probedShare * 100,
            percent(report.probedAt25.accuracy) as NSString,
            percent(report.unprobedAt25.accuracy) as NSString, percent(report.oracleUnprobedAt25.accuracy) as NSString))
    print(
        "Targets: adaptive ≥ 90% accuracy at 25 questions: \(percent(at25.accuracy)) \(at25.accuracy >= 0.9 ? "ok" : "MISSED");"
            + " ≥ 85% balanced: \(percent(at25.balanced)) \(at25.balanced >= 0.85 ? "ok" : "MISSED");"
            + " ahead of random at every count ≥ 5: \(ahead ? "ok" : "MISSED").")
}

// MARK: - Speed

/// Milliseconds per step over a few simulated founders, sessions capped at `maxQuestions`.
func measureStepTimes(_ course: CourseData, founders: Int, maxQuestions: Int = 30) -> (p50: Double, p99: Double) {
    let order = SimulatedFounder.prerequisiteOrder(course.curriculum)
    let base = DiagnosticSession(course: course, config: DiagnosticConfig(maxQuestions: 0))
    var times: [Double] = []
    for f in 0..<founders {
        var rng = SeededGenerator(seed: 7_000 + UInt64(f))
        let founder = SimulatedFounder.draw(curriculum: course.curriculum, order: order, rng: &rng)
        var session = base.replaying([], config: DiagnosticConfig(maxQuestions: maxQuestions, seed: UInt64(f)))
        while let question = session.currentQuestion {
            let choice = founder.choose(question, index: course.curriculum.indexByID, rng: &rng)
            let start = DispatchTime.now().uptimeNanoseconds
            try? session.answer(choice: choice)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
    }
    times.sort()
    guard !times.isEmpty else { return (0, 0) }
    func percentile(_ q: Double) -> Double { times[min(times.count - 1, Int(Double(times.count - 1) * q + 0.5))] }
    return (percentile(0.5), percentile(0.99))
}
