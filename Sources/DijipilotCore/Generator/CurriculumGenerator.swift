import Foundation

/// Makes valid, realistic synthetic curricula of any size, for benchmarks and scale tests.
///
/// The shape follows the built-in curriculum: programs split into missions, modules and lessons; difficulty and
/// learning path rise through a program; prerequisites point to earlier lessons of the same module, of the
/// previous module or of the previous mission; every checkpoint is probed by at least one question, with about
/// 0.6 questions per checkpoint, each probing one to four checkpoints of one module.
public enum CurriculumGenerator {
    /// A curriculum with exactly `checkpoints` lessons (at least 1) and its question bank; the same seed gives the same course.
    public static func generate(checkpoints: Int, seed: UInt64) -> CourseData {
        var rng = SeededGenerator(seed: seed)
        let total = max(1, checkpoints)
        let programCount = max(1, min(total, min(200, max(18, Int((Double(total).squareRoot() * 1.6).rounded())))))

        // Split the lessons among programs with some variation in size.
        var weights = (0..<programCount).map { _ in 0.6 + rng.nextUnit() * 0.8 }
        let weightSum = weights.reduce(0, +)
        weights = weights.map { $0 / weightSum }
        var sizes = weights.map { max(1, Int(($0 * Double(total)).rounded(.down))) }
        var excess = sizes.reduce(0, +) - total
        var cursor = 0
        while excess != 0 {
            let p = cursor % programCount
            if excess > 0, sizes[p] > 1 { sizes[p] -= 1; excess -= 1 } else if excess < 0 { sizes[p] += 1; excess += 1 }
            cursor += 1
        }

        var programs: [Program] = []
        for p in 0..<programCount {
            programs.append(makeProgram(number: p + 1, lessons: sizes[p], rng: &rng))
        }
        let curriculum = Curriculum(
            title: "Generated curriculum (\(total) checkpoints, seed \(seed))", programs: programs)
        let bank = makeBank(curriculum, rng: &rng)
        return CourseData(curriculum: curriculum, bank: bank, contentHash: "generated-\(total)-\(seed)")
    }

    /// Writes `curriculum.json` and `questions.json` in the data-folder format, creating the folder if needed.
    public static func writeFolder(_ course: CourseData, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(course.curriculum).write(
            to: folder.appendingPathComponent(CourseLoader.curriculumFileName), options: .atomic)
        try encoder.encode(course.bank).write(
            to: folder.appendingPathComponent(CourseLoader.questionsFileName), options: .atomic)
    }

    // MARK: - Curriculum

    private static let topics = [
        "Storefront", "Catalogue", "Pricing", "Checkout", "Payments", "Shipping", "Returns",
        "Customer Service", "Email Marketing", "Paid Ads", "SEO", "Analytics", "Inventory",
        "Suppliers", "Finance", "Legal", "Hiring", "Operations", "Brand", "Social Media",
        "Marketplaces", "Retention", "Wholesale", "Security",
    ]
    private static let facets = [
        "Foundations", "Setup", "Measurement", "Automation", "Optimisation", "Playbooks",
        "Scaling", "Risk", "Team", "Tooling",
    ]
    private static let actions = [
        "Define", "Document", "Measure", "Automate", "Review", "Test", "Delegate", "Audit",
        "Plan", "Standardise", "Track", "Improve",
    ]
    private static let objects = [
        "the weekly routine", "the key metric", "the supplier list", "the price list",
        "the refund policy", "the backup owner", "the launch checklist", "the budget",
        "the customer FAQ", "the stock count", "the campaign calendar", "the access list",
    ]

    private static func makeProgram(number: Int, lessons count: Int, rng: inout SeededGenerator) -> Program {
        let topic = topics[(number - 1) % topics.count] + (number > topics.count ? " \(number / topics.count + 1)" : "")
        // Missions of about 6 lessons, modules of 1 to 4 lessons.
        var missionSizes: [Int] = []
        var left = count
        while left > 0 {
            let size = min(left, 3 + rng.nextInt(6))
            missionSizes.append(size); left -= size
        }
        var position = 0
        var missions: [Mission] = []
        for (m, missionSize) in missionSizes.enumerated() {
            let missionID = "\(number).\(m + 1)"
            var modules: [Module] = []
            var inMission = missionSize
            var d = 0
            while inMission > 0 {
                let size = min(inMission, 1 + rng.nextInt(4))
                inMission -= size; d += 1
                let moduleID = "\(missionID).\(d)"
                var lessons: [Lesson] = []
                for l in 1...size {
                    let fraction = count == 1 ? 0 : Double(position) / Double(count - 1)
                    lessons.append(makeLesson(id: "\(moduleID).\(l)", topic: topic, fraction: fraction, rng: &rng))
                    position += 1
                }
                modules.append(
                    Module(id: moduleID, title: "\(topic): \(facets[(m + d) % facets.count]) \(d)", lessons: lessons))
            }
            missions.append(
                Mission(
                    id: missionID, title: "\(topic) mission \(m + 1)",
                    summary: "Generated mission \(missionID).", modules: modules))
        }
        addPrerequisites(&missions, rng: &rng)
        return Program(
            id: "\(number)", title: "\(topic) Program", summary: "Generated program \(number).", missions: missions)
    }

    private static func makeLesson(id: String, topic: String, fraction: Double, rng: inout SeededGenerator) -> Lesson {
        // Path and difficulty rise through the program, with some jitter so the bands overlap.
        let level = min(0.999, max(0, fraction + (rng.nextUnit() - 0.5) * 0.25))
        let path: LearningPath = level < 0.4 ? .launch : (level < 0.75 ? .grow : .scale)
        let diffLevel = min(0.999, max(0, fraction + (rng.nextUnit() - 0.5) * 0.4))
        let difficulty: Difficulty = diffLevel < 0.35 ? .beginner : (diffLevel < 0.7 ? .intermediate : .advanced)
        let action = actions[rng.nextInt(actions.count)]
        let object = objects[rng.nextInt(objects.count)]
        return Lesson(
            id: id, title: "\(action) \(object) for \(topic.lowercased()) (\(id))",
            difficulty: difficulty, path: path, minutes: 5 + 5 * rng.nextInt(6),
            checkpoint: "You \(action.lowercased()) \(object) for \(topic.lowercased()) and can show it.",
            prerequisites: [],
            summary: LessonSummary(
                what: "What lesson \(id) covers.", why: "Why it matters for \(topic.lowercased()).",
                keyPoints: ["\(action) \(object)."], dos: ["Write it down."], donts: ["Keep it in your head."]))
    }

    /// Prerequisites point backwards only (so the graph is acyclic): the previous lesson of the module, the last lesson
    /// of the previous module, or a lesson of the previous mission; sometimes a second one, which makes diamonds.
    private static func addPrerequisites(_ missions: inout [Mission], rng: inout SeededGenerator) {
        for m in missions.indices {
            for d in missions[m].modules.indices {
                for l in missions[m].modules[d].lessons.indices {
                    var prerequisites: [String] = []
                    if l > 0 {
                        if rng.nextUnit() < 0.75 { prerequisites.append(missions[m].modules[d].lessons[l - 1].id) }
                    } else if d > 0 {
                        if rng.nextUnit() < 0.6 { prerequisites.append(missions[m].modules[d - 1].lessons.last!.id) }
                    } else if m > 0 {
                        if rng.nextUnit() < 0.4 {
                            let previous = missions[m - 1].modules.flatMap(\.lessons)
                            prerequisites.append(previous[rng.nextInt(previous.count)].id)
                        }
                    }
                    if rng.nextUnit() < 0.15 {
                        let earlier = missions[max(0, m - 1)...m].flatMap { $0.modules.flatMap(\.lessons) }
                            .prefix { $0.id != missions[m].modules[d].lessons[l].id }
                        if let extra = earlier.randomElement(using: &rng), !prerequisites.contains(extra.id) {
                            prerequisites.append(extra.id)
                        }
                    }
                    missions[m].modules[d].lessons[l].prerequisites = prerequisites
                }
            }
        }
    }

    // MARK: - Questions

    private static func makeBank(_ curriculum: Curriculum, rng: inout SeededGenerator) -> QuestionBank {
        var questions: [Question] = []
        for program in curriculum.programs {
            for mission in program.missions {
                for module in mission.modules {
                    var rest = module.lessons[...]
                    while !rest.isEmpty {
                        let draw = rng.nextUnit()
                        let size = min(rest.count, draw < 0.5 ? 1 : (draw < 0.85 ? 2 : (draw < 0.95 ? 3 : 4)))
                        let probed = Array(rest.prefix(size))
                        rest = rest.dropFirst(size)
                        questions.append(makeQuestion(number: questions.count + 1, probed: probed))
                    }
                }
            }
        }
        return QuestionBank(questions: questions)
    }

    /// Options form a ladder (nothing, the first done, the first two done, ...), plus "partly" for short questions.
    private static func makeQuestion(number: Int, probed: [Lesson]) -> Question {
        let ids = probed.map(\.id)
        var options: [AnswerOption] = []
        func evidence(_ value: (Int) -> Double) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, value($0)) })
        }
        options.append(AnswerOption(label: "Not yet: none of this is in place", evidence: evidence { _ in 0 }))
        if ids.count <= 2 {
            options.append(AnswerOption(label: "Partly: started but not routine", evidence: evidence { _ in 0.5 }))
        }
        for done in 1...ids.count {
            let label =
                done == ids.count
                ? "Yes, all of this is routine"
                : "Only the first \(done == 1 ? "step" : "\(done) steps") is routine"
            options.append(AnswerOption(label: label, evidence: evidence { $0 < done ? 1 : 0 }))
        }
        let topic = probed.map {
            $0.title.split(separator: "(").first.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? $0.title
        }
        return Question(
            id: "gq-\(number)", prompt: "Which best describes your business: \(topic.joined(separator: "; "))?",
            checkpoints: ids, options: options)
    }
}

/// SplitMix64: a small, fast, seedable generator so generated data and simulations are reproducible everywhere.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed ^ 0x9E37_79B9_7F4A_7C15 }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A uniform number in [0, 1).
    public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }
    /// A uniform integer in 0..<bound (bound > 0).
    public mutating func nextInt(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    /// A standard normal draw (Box–Muller).
    public mutating func nextGaussian() -> Double {
        let u = max(nextUnit(), 1e-300), v = nextUnit()
        return (-2 * Foundation.log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}
