import DijipilotCore
import Foundation

/// A made-up business with a known truth: which checkpoints it masters, and how it answers questions.
///
/// Truth is drawn like real businesses look: a stage (launch, grow or scale) decides which paths are within reach,
/// each program is a strength or a weakness, and within it each mission too (a shop either runs email marketing or
/// does not), harder lessons are rarer, and a checkpoint is only mastered when all of its prerequisites are.
/// This generator is deliberately not the engine's own model (a step in stage, not a smooth ability).
struct SimulatedFounder {
    var mastered: [Bool]
    /// The hidden causes the truth was drawn from: the stage and each mission's strength.
    var stage = 0
    var strength: [[Double]] = []
    /// Share of answers that are careless: a random other option.
    var noise = 0.10
    /// A careless answer of an optimistic founder goes to an option claiming more than the truth, when there is one.
    var optimistic = false

    static func draw(curriculum: Curriculum, order: [Int], rng: inout SeededGenerator) -> SimulatedFounder {
        let draw = rng.nextUnit()
        let stage = draw < 0.4 ? 0 : (draw < 0.75 ? 1 : 2)
        let strength = curriculum.programs.map { program in
            let base = rng.nextGaussian()
            return program.missions.map { _ in base + 0.8 * rng.nextGaussian() }
        }
        let mastered = drawLessons(curriculum: curriculum, order: order, stage: stage, strength: strength, rng: &rng)
        return SimulatedFounder(mastered: mastered, stage: stage, strength: strength)
    }

    /// One draw of the lessons given the hidden causes: the part of a business no diagnostic can infer from
    /// other answers, since each lesson is its own coin once stage and strengths are fixed.
    private static func drawLessons(
        curriculum: Curriculum, order: [Int], stage: Int, strength: [[Double]],
        rng: inout SeededGenerator
    ) -> [Bool] {
        let graph = PrerequisiteGraph(curriculum: curriculum)
        var mastered = [Bool](repeating: false, count: curriculum.lessons.count)
        for i in order {
            let lesson = curriculum.lessons[i]
            let reach = lesson.path.rank - stage
            let stageTerm = reach <= 0 ? 2.4 : (reach == 1 ? -0.8 : -2.4)
            let location = curriculum.locations[i]
            let logit =
                1.3 * strength[location.program][location.mission] + stageTerm - 0.5
                * Double(lesson.difficulty.rank - 1)
            let prerequisitesMet = graph.prerequisites[i].allSatisfy { mastered[$0] }
            mastered[i] = prerequisitesMet && rng.nextUnit() < 1 / (1 + exp(-logit))
        }
        return mastered
    }

    /// What an oracle that knew the stage and every mission's strength, but asked nothing, would say: each
    /// lesson's probability of being mastered, estimated over `samples` fresh draws from the same causes.
    /// Its accuracy is the ceiling of any diagnostic that infers unasked checkpoints.
    func oracleProbabilities(curriculum: Curriculum, order: [Int], samples: Int, rng: inout SeededGenerator) -> [Double]
    {
        var counts = [Double](repeating: 0, count: mastered.count)
        for _ in 0..<samples {
            let draw = Self.drawLessons(
                curriculum: curriculum, order: order, stage: stage, strength: strength, rng: &rng)
            for (i, m) in draw.enumerated() where m { counts[i] += 1 }
        }
        return counts.map { $0 / Double(samples) }
    }

    /// The option whose evidence lies closest to the truth (ties at random), or with probability `noise` another
    /// written option. Never "Not sure".
    func choose(_ question: Question, index: [String: Int], rng: inout SeededGenerator) -> Int {
        let options = question.choices.indices.filter { !question.choices[$0].isNotSure }
        let distances = options.map { o in
            question.checkpoints.reduce(0.0) { sum, id in
                let truth = index[id].map { mastered[$0] ? 1.0 : 0.0 } ?? 0
                return sum + abs((question.choices[o].evidence[id] ?? 0.5) - truth)
            }
        }
        let best = distances.min()!
        let closest = options.indices.filter { distances[$0] <= best + 1e-9 }
        let pick = closest[rng.nextInt(closest.count)]
        if options.count > 1 && rng.nextUnit() < noise {
            func claimed(_ k: Int) -> Double { question.choices[options[k]].evidence.values.reduce(0, +) }
            let rosier = options.indices.filter { claimed($0) > claimed(pick) }
            if optimistic && !rosier.isEmpty { return options[rosier[rng.nextInt(rosier.count)]] }
            let others = options.indices.filter { $0 != pick }
            return options[others[rng.nextInt(others.count)]]
        }
        return options[pick]
    }

    /// Lessons with every prerequisite before its dependants (curriculum order where the data allows).
    static func prerequisiteOrder(_ curriculum: Curriculum) -> [Int] {
        let graph = PrerequisiteGraph(curriculum: curriculum)
        var placed = [Bool](repeating: false, count: curriculum.lessons.count)
        var order: [Int] = []
        func place(_ i: Int, depth: Int) {
            guard !placed[i], depth < 10_000 else { return }
            placed[i] = true
            for p in graph.prerequisites[i] { place(p, depth: depth + 1) }
            order.append(i)
        }
        for i in curriculum.lessons.indices { place(i, depth: 0) }
        return order
    }
}
