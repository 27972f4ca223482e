import Foundation

/// Where the learner is with one roadmap lesson.
public enum LessonStatus: String, Codable, CaseIterable, Sendable {
    case todo, doing, done, skipped

    /// The checkbox used by the text and Markdown exports.
    public var checkbox: String {
        switch self {
        case .todo: return "[ ]"
        case .doing: return "[~]"
        case .done: return "[x]"
        case .skipped: return "[-]"
        }
    }
}

/// One lesson of the saved roadmap.
public struct RoadmapItem: Codable, Equatable, Sendable {
    public var lessonID: String
    /// 1-based week of the plan; 0 for a lesson done under an earlier plan and kept by `merged(with:)`.
    public var week: Int
    public var reason: String
    public var status: LessonStatus
    public var statusChangedAt: Date?
    public var doneAt: Date?

    public init(
        lessonID: String, week: Int, reason: String, status: LessonStatus = .todo,
        statusChangedAt: Date? = nil, doneAt: Date? = nil
    ) {
        self.lessonID = lessonID; self.week = week; self.reason = reason; self.status = status
        self.statusChangedAt = statusChangedAt; self.doneAt = doneAt
    }

    public mutating func setStatus(_ newStatus: LessonStatus, at date: Date) {
        guard newStatus != status else { return }
        status = newStatus
        statusChangedAt = date
        doneAt = newStatus == .done ? date : nil
    }
}

/// The roadmap as saved in the progress file: the plan plus the learner's statuses.
public struct RoadmapState: Codable, Equatable, Sendable {
    public var generatedAt: Date
    public var hoursPerWeek: Double
    /// Id of the `DiagnosticRecord` it was built from.
    public var basedOnDiagnostic: String
    public var items: [RoadmapItem]
    /// `basedOnDiagnostic` of the team picture's plan, which no single diagnostic record stands behind.
    public static let teamPictureBasis = "team"

    public init(generatedAt: Date, hoursPerWeek: Double, basedOnDiagnostic: String, items: [RoadmapItem]) {
        self.generatedAt = generatedAt; self.hoursPerWeek = hoursPerWeek
        self.basedOnDiagnostic = basedOnDiagnostic; self.items = items
    }

    /// A fresh state for a generated plan: every lesson to do.
    public init(roadmap: Roadmap, generatedAt: Date, basedOnDiagnostic: String) {
        self.init(
            generatedAt: generatedAt, hoursPerWeek: roadmap.hoursPerWeek, basedOnDiagnostic: basedOnDiagnostic,
            items: roadmap.weeks.flatMap { week in
                week.entries.map { RoadmapItem(lessonID: $0.lessonID, week: week.number, reason: $0.reason) }
            })
    }

    /// The newer plan with what the learner did on this one carried over: done lessons stay done (those the
    /// new plan no longer lists are kept as week 0), and lessons in progress or skipped keep their status.
    public func merged(with newer: RoadmapState) -> RoadmapState {
        var previous: [String: RoadmapItem] = [:]
        for item in items where previous[item.lessonID] == nil { previous[item.lessonID] = item }
        var result = newer
        var listed = Set<String>()
        for i in result.items.indices {
            let id = result.items[i].lessonID
            listed.insert(id)
            if let old = previous[id], old.status != .todo {
                result.items[i].status = old.status
                result.items[i].statusChangedAt = old.statusChangedAt
                result.items[i].doneAt = old.doneAt
            }
        }
        var earlier: [RoadmapItem] = []
        for item in items where item.status == .done && !listed.contains(item.lessonID) {
            listed.insert(item.lessonID)
            var kept = item
            kept.week = 0
            earlier.append(kept)
        }
        result.items = earlier + result.items
        return result
    }

    public var doneLessonIDs: Set<String> { Set(items.filter { $0.status == .done }.map(\.lessonID)) }

    /// Week numbers present, ascending (0 first when lessons were done under an earlier plan).
    public var weekNumbers: [Int] { Array(Set(items.map(\.week))).sorted() }

    public func items(inWeek week: Int) -> [RoadmapItem] { items.filter { $0.week == week } }
}
