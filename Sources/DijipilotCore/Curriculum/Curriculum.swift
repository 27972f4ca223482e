import Foundation

/// How hard a lesson is, in the order a learner meets them.
public enum Difficulty: String, Codable, CaseIterable, Comparable, Sendable {
    case beginner, intermediate, advanced

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    public var rank: Int { Difficulty.allCases.firstIndex(of: self)! }
    public static func < (a: Difficulty, b: Difficulty) -> Bool { a.rank < b.rank }
}

/// The business stage a lesson matters for: launch before grow before scale.
public enum LearningPath: String, Codable, CaseIterable, Comparable, Sendable {
    case launch, grow, scale

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    public var rank: Int { LearningPath.allCases.firstIndex(of: self)! }
    public static func < (a: LearningPath, b: LearningPath) -> Bool { a.rank < b.rank }
}

/// A two-column contrast inside a lesson summary (e.g. disaster recovery vs business continuity).
public struct Comparison: Codable, Equatable, Sendable {
    public struct Row: Codable, Equatable, Sendable {
        public var aspect: String
        public var cells: [String]
        public init(aspect: String, cells: [String]) { self.aspect = aspect; self.cells = cells }
    }
    public var title: String
    public var columns: [String]
    public var rows: [Row]
    public init(title: String, columns: [String], rows: [Row]) {
        self.title = title; self.columns = columns; self.rows = rows
    }
}

/// What a lesson teaches, in the fixed layout every lesson follows.
public struct LessonSummary: Codable, Equatable, Sendable {
    public var what: String
    public var why: String
    public var keyPoints: [String]
    public var comparison: Comparison?
    public var dos: [String]
    public var donts: [String]
    public init(
        what: String, why: String, keyPoints: [String], comparison: Comparison? = nil,
        dos: [String], donts: [String]
    ) {
        self.what = what; self.why = why; self.keyPoints = keyPoints
        self.comparison = comparison; self.dos = dos; self.donts = donts
    }
}

/// The smallest unit of the curriculum; its id also identifies the skill checkpoint it establishes.
public struct Lesson: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var difficulty: Difficulty
    public var path: LearningPath
    /// Reading time.
    public var minutes: Int
    /// Time to do the work (steps to done-when); 0 where the data gives none. The roadmap's weekly budget counts
    /// `totalMinutes`, reading and doing.
    public var doingMinutes: Int
    /// One observable sentence: what a business that masters this lesson does or has.
    public var checkpoint: String
    public var prerequisites: [String]
    public var summary: LessonSummary
    public var work: LessonWork?
    /// Who the lesson is for; nil: every business.
    public var appliesTo: Applicability?
    public init(
        id: String, title: String, difficulty: Difficulty, path: LearningPath, minutes: Int,
        doingMinutes: Int = 0, checkpoint: String, prerequisites: [String] = [], summary: LessonSummary,
        work: LessonWork? = nil, appliesTo: Applicability? = nil
    ) {
        self.id = id; self.title = title; self.difficulty = difficulty; self.path = path
        self.minutes = minutes; self.doingMinutes = doingMinutes; self.checkpoint = checkpoint
        self.prerequisites = prerequisites; self.summary = summary; self.work = work; self.appliesTo = appliesTo
    }

    /// False when the profile rules the lesson out ("not applicable").
    public func applies(to profile: BusinessProfile) -> Bool { appliesTo?.applies(to: profile) ?? true }

    /// Reading and doing: what the lesson takes out of a week.
    public var totalMinutes: Int { minutes + doingMinutes }
    /// Reading time under its own name, for code that shows both.
    public var readingMinutes: Int { minutes }
}

public struct Module: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var lessons: [Lesson]
    public init(id: String, title: String, lessons: [Lesson]) {
        self.id = id; self.title = title; self.lessons = lessons
    }
}

public struct Mission: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var summary: String
    public var modules: [Module]
    public init(id: String, title: String, summary: String, modules: [Module]) {
        self.id = id; self.title = title; self.summary = summary; self.modules = modules
    }
}

public struct Program: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var summary: String
    public var missions: [Mission]
    public init(id: String, title: String, summary: String, missions: [Mission]) {
        self.id = id; self.title = title; self.summary = summary; self.missions = missions
    }
}

/// Where a lesson sits: indexes into `programs`, its mission and its module.
public struct LessonLocation: Equatable, Sendable {
    public var program: Int
    public var mission: Int
    public var module: Int
    public var lesson: Int
}

/// The whole curriculum with flat lookups built once at load time.
public struct Curriculum: Equatable, Sendable {
    public var title: String
    public var programs: [Program]

    /// Every lesson in curriculum order; a checkpoint's index is its lesson's index here.
    public private(set) var lessons: [Lesson] = []
    public private(set) var locations: [LessonLocation] = []
    public private(set) var indexByID: [String: Int] = [:]

    public init(title: String, programs: [Program]) {
        self.title = title
        self.programs = programs
        reindex()
    }

    private mutating func reindex() {
        lessons = []; locations = []; indexByID = [:]
        for (p, program) in programs.enumerated() {
            for (m, mission) in program.missions.enumerated() {
                for (d, module) in mission.modules.enumerated() {
                    for (l, lesson) in module.lessons.enumerated() {
                        if indexByID[lesson.id] == nil { indexByID[lesson.id] = lessons.count }
                        lessons.append(lesson)
                        locations.append(LessonLocation(program: p, mission: m, module: d, lesson: l))
                    }
                }
            }
        }
    }

    public static func == (a: Curriculum, b: Curriculum) -> Bool {
        a.title == b.title && a.programs == b.programs
    }

    public var checkpointCount: Int { lessons.count }
    public var missionCount: Int { programs.reduce(0) { $0 + $1.missions.count } }
    public var moduleCount: Int { programs.reduce(0) { $0 + $1.missions.reduce(0) { $0 + $1.modules.count } } }

    public func lesson(_ id: String) -> Lesson? { indexByID[id].map { lessons[$0] } }

    /// The program, mission and module titles above a lesson, for breadcrumbs.
    public func breadcrumb(forLessonAt index: Int) -> (program: Program, mission: Mission, module: Module) {
        let loc = locations[index]
        let program = programs[loc.program]
        let mission = program.missions[loc.mission]
        return (program, mission, mission.modules[loc.module])
    }

    /// Indexes of the lessons of one program, in order.
    public func lessonIndexes(inProgram p: Int) -> [Int] {
        locations.indices.filter { locations[$0].program == p }
    }

    /// Lesson index ranges per program (lessons are stored program by program, so each is contiguous).
    public var programRanges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for program in programs {
            let count = program.missions.reduce(0) { $0 + $1.modules.reduce(0) { $0 + $1.lessons.count } }
            ranges.append(start..<(start + count))
            start += count
        }
        return ranges
    }

    /// Lesson index ranges per mission of a program.
    public func missionRanges(inProgram p: Int) -> [Range<Int>] {
        var start = programRanges[p].lowerBound
        return programs[p].missions.map { mission in
            let count = mission.modules.reduce(0) { $0 + $1.lessons.count }
            defer { start += count }
            return start..<(start + count)
        }
    }
}

extension Curriculum: Codable {
    enum CodingKeys: String, CodingKey { case title, programs }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            title: try c.decode(String.self, forKey: .title), programs: try c.decode([Program].self, forKey: .programs))
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(programs, forKey: .programs)
    }
}
