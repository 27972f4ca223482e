import DijipilotCore
import Foundation
import Testing

@Suite("Diagnostic stopping and length estimate")
struct DiagnosticStoppingTests {
    typealias T = DiagnosticTestCourses
    let course = CurriculumGenerator.generate(checkpoints: 140, seed: 21)

    /// A business at a stage (launch, grow, scale) with strong and weak programs, prerequisites respected; it
    /// answers with the option closest to its truth, 10% of the time another one (as the benchmark's founders do).
    static func founder(_ curriculum: Curriculum, seed: UInt64) -> (Question) -> Int {
        var rng = SeededGenerator(seed: seed)
        let stage = rng.nextInt(3)
        let strength = curriculum.programs.map { _ in rng.nextGaussian() }
        let graph = PrerequisiteGraph(curriculum: curriculum)
        var mastered = [Bool](repeating: false, count: curriculum.lessons.count)
        var placed = mastered
        func place(_ i: Int) {
            guard !placed[i] else { return }
            placed[i] = true
            graph.prerequisites[i].forEach(place)
            let reach = curriculum.lessons[i].path.rank - stage
            let logit =
                1.3 * strength[curriculum.locations[i].program] + (reach <= 0 ? 2.4 : (reach == 1 ? -0.8 : -2.4))
            mastered[i] = graph.prerequisites[i].allSatisfy { mastered[$0] } && rng.nextUnit() < 1 / (1 + exp(-logit))
        }
        curriculum.lessons.indices.forEach(place)
        let index = curriculum.indexByID
        return { question in
            let options = question.choices.indices.filter { !question.choices[$0].isNotSure }
            let distance = options.map { o in
                question.checkpoints.reduce(0.0) { sum, id in
                    sum
                        + abs(
                            (question.choices[o].evidence[id] ?? 0.5)
                                - (index[id].map { mastered[$0] ? 1.0 : 0.0 } ?? 0))
                }
            }
            let best = options[distance.indices.min { distance[$0] < distance[$1] }!]
            guard options.count > 1, rng.nextUnit() < 0.1 else { return best }
            let others = options.filter { $0 != best }
            return others[rng.nextInt(others.count)]
        }
    }

    @Test("the estimated total after question 3 is within ±40% of where the session stops, for most founders")
    func estimateAfterThreeQuestions() {
        var within = 0, sessions = 0
        for seed in 0..<12 {
            let answer = Self.founder(course.curriculum, seed: 100 + UInt64(seed))
            var session = DiagnosticSession(course: course, config: .init(seed: UInt64(seed)))
            var estimate: Int?
            while let question = session.currentQuestion {
                try? session.answer(choice: answer(question))
                if session.answers.count == 3 { estimate = session.progress.estimatedTotal }
            }
            guard let estimate else { continue }
            sessions += 1
            let stop = session.answers.count
            if abs(Double(estimate - stop)) <= 0.4 * Double(stop) { within += 1 }
            #expect(session.progress.estimatedTotal == stop)
        }
        #expect(sessions == 12)
        #expect(within >= 10, "the estimate after question 3 was within ±40% for \(within) of \(sessions) founders")
    }

    @Test("the estimate stays between the next question and maxQuestions, and moves little from one answer to the next")
    func estimateIsBoundedAndSmooth() {
        let answer = Self.founder(course.curriculum, seed: 7)
        var session = DiagnosticSession(course: course, config: .init(seed: 3))
        var previous: Int?
        var moves: [Int] = []
        while let question = session.currentQuestion {
            let estimate = session.progress.estimatedTotal
            #expect(estimate >= session.answers.count + 1 && estimate <= 30)
            if let previous { moves.append(abs(estimate - previous)) }
            previous = estimate
            try? session.answer(choice: answer(question))
        }
        let meanMove = Double(moves.reduce(0, +)) / Double(max(1, moves.count))
        #expect(meanMove <= 1.5, "the estimate moved by \(meanMove) questions per answer on average: \(moves)")
    }

    @Test("the precision stop ends a session once the mean uncertainty reaches its target, never before minQuestions")
    func precisionStop() {
        let answer = Self.founder(course.curriculum, seed: 42)
        let loose = DiagnosticConfig(seed: 1, stopUncertainty: 0.3, minQuestions: 6)
        var session = DiagnosticSession(course: course, config: loose)
        while let question = session.currentQuestion { try? session.answer(choice: answer(question)) }
        #expect(session.answers.count == 6)
        #expect(session.meanUncertainty <= 0.3)
        #expect(!session.finishedEarly)

        // The same answers without the precision stop: the session goes on, asking the same questions first.
        var full = session.replaying(session.answers, config: loose.withoutPrecisionStop)
        #expect(!full.isFinished)
        while let question = full.currentQuestion { try? full.answer(choice: answer(question)) }
        #expect(full.answers.count == 30)
        #expect(Array(full.answers.prefix(6)) == session.answers)
    }

    @Test("the precision stop is deterministic: the same seed and answers stop at the same question")
    func precisionStopDeterministic() {
        func run() -> [RecordedAnswer] {
            let answer = Self.founder(course.curriculum, seed: 9)
            var session = DiagnosticSession(course: course, config: .init(seed: 4))
            while let question = session.currentQuestion { try? session.answer(choice: answer(question)) }
            return session.answers
        }
        let first = run()
        #expect(first == run())
        #expect(first.count >= DiagnosticConfig().minQuestions && first.count <= 30)
    }
}
