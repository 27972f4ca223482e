import DijipilotCore
import Foundation

/// Other ways a business's truth can look, each breaking one assumption of the engine's own model, so accuracy is
/// not just the engine agreeing with itself. The main table's founders (`SimulatedFounder.draw`) are the first.
enum TruthModel: String, CaseIterable {
    /// A step in stage (launch, grow, scale) with strong and weak programs; prerequisites respected.
    case stageStep = "stage step (main table)"
    /// One continuous maturity instead of three stages, program strengths on top; prerequisites respected.
    case smoothStage = "smooth maturity"
    /// Founders who skipped foundations: a third of the beginner lessons missing whatever the stage, and advanced
    /// lessons held without their prerequisites.
    case skipsFoundations = "skips foundations"
    /// The stage-step truth, answered optimistically: a careless answer drifts to the option with more evidence.
    case optimistic = "optimistic answers"

    func draw(curriculum: Curriculum, order: [Int], rng: inout SeededGenerator) -> SimulatedFounder {
        switch self {
        case .stageStep, .optimistic:
            var founder = SimulatedFounder.draw(curriculum: curriculum, order: order, rng: &rng)
            founder.optimistic = self == .optimistic
            return founder
        case .smoothStage:
            let maturity = rng.nextGaussian()
            let strength = curriculum.programs.map { _ in 0.9 * rng.nextGaussian() }
            let mastered = curriculum.lessons.indices.map { _ in false }
            var founder = SimulatedFounder(mastered: mastered)
            let graph = PrerequisiteGraph(curriculum: curriculum)
            for i in order {
                let lesson = curriculum.lessons[i]
                let location = curriculum.locations[i]
                // Smooth in maturity: each later path and harder level needs about one more unit of it.
                let logit =
                    1.6 * (maturity - Double(lesson.path.rank) + 0.8) + strength[location.program]
                    - 0.6 * Double(lesson.difficulty.rank - 1)
                let met = graph.prerequisites[i].allSatisfy { founder.mastered[$0] }
                founder.mastered[i] = met && rng.nextUnit() < 1 / (1 + exp(-logit))
            }
            return founder
        case .skipsFoundations:
            var founder = SimulatedFounder.draw(curriculum: curriculum, order: order, rng: &rng)
            let reachedStage = founder.stage
            for i in curriculum.lessons.indices {
                let lesson = curriculum.lessons[i]
                if lesson.difficulty == .beginner && founder.mastered[i] && rng.nextUnit() < 0.33 {
                    founder.mastered[i] = false
                } else if lesson.difficulty == .advanced && !founder.mastered[i]
                    && lesson.path.rank <= reachedStage && rng.nextUnit() < 0.25
                {
                    founder.mastered[i] = true  // held without its prerequisites
                }
            }
            return founder
        }
    }
}

/// Predicted probability against observed frequency, in ten bins.
struct Calibration {
    var predicted = [Double](repeating: 0, count: 10)
    var observed = [Double](repeating: 0, count: 10)
    var counts = [Int](repeating: 0, count: 10)

    mutating func add(probabilities: [Double], truth: [Bool]) {
        for (p, t) in zip(probabilities, truth) {
            let bin = min(9, Int(p * 10))
            predicted[bin] += p; observed[bin] += t ? 1 : 0; counts[bin] += 1
        }
    }

    /// Expected calibration error: the count-weighted mean gap between predicted and observed.
    var expectedError: Double {
        let total = counts.reduce(0, +)
        guard total > 0 else { return 0 }
        return counts.indices.reduce(0.0) { sum, b in
            counts[b] == 0 ? sum : sum + abs(predicted[b] - observed[b]) / Double(total)
        }
    }

    func row(_ b: Int) -> String {
        guard counts[b] > 0 else { return "—" }
        return String(
            format: "%.0f%%→%.0f%%", predicted[b] / Double(counts[b]) * 100, observed[b] / Double(counts[b]) * 100)
    }
}

/// Accuracy, balanced accuracy and calibration of the adaptive diagnostic at 15 and 25 questions and where the
/// default stopping rule ends, for each truth model.
func runTruthModelBench(_ course: CourseData, founders: Int) {
    let curriculum = course.curriculum
    let order = SimulatedFounder.prerequisiteOrder(curriculum)
    let base = DiagnosticSession(course: course, config: DiagnosticConfig(maxQuestions: 0))
    print("Truth models that differ from the engine's assumptions, \(founders) founders each (10% careless answers):")
    print("")
    print(
        "| truth model | mastered | acc @15 | bal @15 | acc @25 | bal @25 | acc at stop | bal at stop | questions | calibration error @25 |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    var calibrations: [(TruthModel, Calibration)] = []
    for model in TruthModel.allCases {
        var at15 = Tally(), at25 = Tally(), atStop = Tally(), calibration = Calibration()
        var masteredCount = 0, asked = 0
        for f in 0..<founders {
            var rng = SeededGenerator(seed: 400_000 + UInt64(f))
            let founder = model.draw(curriculum: curriculum, order: order, rng: &rng)
            masteredCount += founder.mastered.filter { $0 }.count
            var answerRNG = SeededGenerator(seed: 500_000 + UInt64(f))
            var answers: [String: Int] = [:]
            func choose(_ question: Question) -> Int {
                if let known = answers[question.id] { return known }
                let choice = founder.choose(question, index: curriculum.indexByID, rng: &answerRNG)
                answers[question.id] = choice
                return choice
            }
            // The 15th answer is recorded in whichever run reaches it: the stopping rule only ends a session, so
            // the first 15 questions are the same with and without it.
            var counted15 = false
            func record15(_ session: DiagnosticSession) {
                guard !counted15, session.answers.count == 15 else { return }
                at15.add(probabilities: session.probabilities, truth: founder.mastered); counted15 = true
            }
            var session = base.replaying([], config: DiagnosticConfig(seed: UInt64(f)))
            while let question = session.currentQuestion {
                try? session.answer(choice: choose(question)); record15(session)
            }
            atStop.add(probabilities: session.probabilities, truth: founder.mastered)
            asked += session.answers.count
            session = session.replaying(session.answers, config: DiagnosticConfig(seed: UInt64(f)).withoutPrecisionStop)
            while let question = session.currentQuestion, session.answers.count < 25 {
                try? session.answer(choice: choose(question)); record15(session)
            }
            if !counted15 { at15.add(probabilities: session.probabilities, truth: founder.mastered) }
            at25.add(probabilities: session.probabilities, truth: founder.mastered)
            calibration.add(probabilities: session.probabilities, truth: founder.mastered)
        }
        func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
        let share = Double(masteredCount) / Double(max(1, founders * curriculum.checkpointCount))
        print(
            "| \(model.rawValue) | \(percent(share)) | \(percent(at15.accuracy)) | \(percent(at15.balanced)) | "
                + "\(percent(at25.accuracy)) | \(percent(at25.balanced)) | \(percent(atStop.accuracy)) | "
                + "\(percent(atStop.balanced)) | \(String(format: "%.1f", Double(asked) / Double(max(1, founders)))) | "
                + "\(String(format: "%.1f", calibration.expectedError * 100)) pts |")
        calibrations.append((model, calibration))
    }
    print("")
    print("Calibration at 25 questions: mean predicted probability → observed share mastered, per bin of predictions:")
    print("")
    print("| truth model | " + (0..<10).map { "\($0 * 10)-\($0 * 10 + 10)%" }.joined(separator: " | ") + " |")
    print("|---|" + String(repeating: "---:|", count: 10))
    for (model, calibration) in calibrations {
        print("| \(model.rawValue) | " + (0..<10).map { calibration.row($0) }.joined(separator: " | ") + " |")
    }
}
