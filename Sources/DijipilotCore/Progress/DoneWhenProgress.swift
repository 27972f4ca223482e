import Foundation

/// What the founder ticked of one lesson's Done-when list (`LessonWork.doneWhen`), kept in the progress file so a
/// walk left half-way resumes where it stopped.
public struct DoneWhenProgress: Codable, Equatable, Sendable {
    /// The ticked criteria, by their 0-based place in the lesson's list, in that order.
    public var ticks: [CriterionTick]
    /// Set when the founder marked the lesson done without every criterion ticked: recorded, shown apart, and not
    /// counted as learned.
    public var doneAnywayAt: Date?

    public init(ticks: [CriterionTick] = [], doneAnywayAt: Date? = nil) {
        self.ticks = ticks; self.doneAnywayAt = doneAnywayAt
    }

    public var isDoneAnyway: Bool { doneAnywayAt != nil }

    public func isTicked(_ criterion: Int) -> Bool { ticks.contains { $0.criterion == criterion } }

    /// True when each of the lesson's `count` criteria is ticked.
    public func allTicked(of count: Int) -> Bool { (0..<count).allSatisfy(isTicked) }

    /// Ticks an unticked criterion (remembering when), or unticks a ticked one.
    mutating func toggle(_ criterion: Int, at date: Date) {
        if let i = ticks.firstIndex(where: { $0.criterion == criterion }) {
            ticks.remove(at: i)
        } else {
            ticks.append(CriterionTick(criterion: criterion, at: date))
            ticks.sort { $0.criterion < $1.criterion }
        }
    }
}

/// One criterion ticked, and when.
public struct CriterionTick: Codable, Equatable, Sendable {
    public var criterion: Int
    public var at: Date
    public init(criterion: Int, at: Date) { self.criterion = criterion; self.at = at }
}

extension ProgressFile {
    /// Ticks or unticks one Done-when criterion of a lesson with `count` criteria; returns false when `criterion`
    /// is out of range. The roadmap status follows: every criterion ticked makes the lesson done (learned); a
    /// partial list puts a to-do or done lesson in progress, except one marked done anyway, which stays so.
    @discardableResult
    public mutating func toggleCriterion(_ criterion: Int, of lessonID: String, count: Int, at date: Date) -> Bool {
        guard (0..<count).contains(criterion) else { return false }
        var record = doneWhen[lessonID] ?? DoneWhenProgress()
        record.toggle(criterion, at: date)
        let status = roadmap?.items.first { $0.lessonID == lessonID }?.status
        if record.allTicked(of: count) {
            record.doneAnywayAt = nil
            setStatus(lessonID: lessonID, status: .done, at: date)
        } else if !record.isDoneAnyway, status == .todo || status == .done {
            setStatus(lessonID: lessonID, status: .doing, at: date)
        }
        doneWhen[lessonID] = record.ticks.isEmpty && !record.isDoneAnyway ? nil : record
        return true
    }

    /// Ticks the given criteria (0-based) of a lesson with `count` criteria, leaving ticked ones ticked: the
    /// command line's `done --criteria`, where a toggle would untick what was said to hold. Returns false, and
    /// changes nothing, when a criterion is out of range.
    @discardableResult
    public mutating func tickCriteria(_ criteria: [Int], of lessonID: String, count: Int, at date: Date) -> Bool {
        guard criteria.allSatisfy({ (0..<count).contains($0) }) else { return false }
        let ticked = doneWhen[lessonID]
        for criterion in Set(criteria).sorted() where ticked?.isTicked(criterion) != true {
            toggleCriterion(criterion, of: lessonID, count: count, at: date)
        }
        return true
    }

    /// Marks a lesson done without every criterion ticked; what was ticked is kept.
    public mutating func markDoneAnyway(_ lessonID: String, at date: Date) {
        var record = doneWhen[lessonID] ?? DoneWhenProgress()
        record.doneAnywayAt = date
        doneWhen[lessonID] = record
        setStatus(lessonID: lessonID, status: .done, at: date)
    }

    /// Takes a lesson back to do (Space on a done lesson): the ticks stay, a "done anyway" is withdrawn.
    public mutating func markNotDone(_ lessonID: String, at date: Date) {
        setStatus(lessonID: lessonID, status: .todo, at: date)
    }

    /// Roadmap lessons marked done without all their criteria: shown apart, not learned.
    public var doneAnywayLessonIDs: Set<String> {
        Set(
            roadmap?.items.filter { $0.status == .done && doneWhen[$0.lessonID]?.isDoneAnyway == true }
                .map(\.lessonID) ?? [])
    }
}
