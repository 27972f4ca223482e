import DijipilotCore
import Foundation

/// The saved roadmap as the screen lists it: the plan's weeks in order, then the lessons done under an earlier
/// plan (week 0), each group a run of `items`. Built from the progress file alone, so it works without a
/// diagnostic taken in this run.
struct RoadmapListing {
    struct Group: Equatable {
        /// The plan's week (1-based), or 0 for lessons done under an earlier plan.
        var week: Int
        /// Indexes into `items`.
        var range: Range<Int>
    }

    /// One line of the scrolling list.
    enum Line: Equatable {
        case week(group: Int)
        case item(Int)
        case reason(Int)
        case gap
    }

    let items: [RoadmapItem]
    let groups: [Group]

    init(_ roadmap: RoadmapState?) {
        var items: [RoadmapItem] = [], groups: [Group] = []
        if let roadmap {
            // One pass over the items (the listing is rebuilt per frame; a filter per week was quadratic).
            var byWeek: [Int: [RoadmapItem]] = [:]
            var earlier: [RoadmapItem] = []
            for item in roadmap.items {
                // A hand-edited file may hold negative weeks: they are no plan week either, so they join week 0.
                if item.week > 0 { byWeek[item.week, default: []].append(item) } else { earlier.append(item) }
            }
            for week in byWeek.keys.sorted() {
                let start = items.count
                items += byWeek[week]!
                groups.append(Group(week: week, range: start..<items.count))
            }
            if !earlier.isEmpty {
                groups.append(Group(week: 0, range: items.count..<(items.count + earlier.count)))
                items += earlier
            }
        }
        self.items = items
        self.groups = groups
    }

    var isEmpty: Bool { items.isEmpty }

    /// The group holding item `i`.
    func group(of i: Int) -> Int? {
        // Groups are contiguous and in order: binary search keeps this cheap with thousands of weeks.
        var low = 0, high = groups.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if groups[mid].range.upperBound <= i { low = mid + 1 }
            else if groups[mid].range.lowerBound > i { high = mid - 1 }
            else { return mid }
        }
        return nil
    }

    /// The list's lines; with `reasons`, each lesson is followed by the line saying why it is on the plan.
    func lines(reasons: Bool) -> [Line] {
        var lines: [Line] = []
        for (g, group) in groups.enumerated() {
            if g > 0 { lines.append(.gap) }
            lines.append(.week(group: g))
            for i in group.range {
                lines.append(.item(i))
                if reasons { lines.append(.reason(i)) }
            }
        }
        return lines
    }

    /// The plan's lessons (week 0 left out: it is history, not plan) done and in all.
    var planProgress: (done: Int, total: Int) {
        let plan = items.filter { $0.week > 0 }
        return (plan.filter { $0.status == .done }.count, plan.count)
    }

    /// The first plan lesson still to study (in progress or to do), in study order.
    var nextToStudy: RoadmapItem? {
        items.first { $0.week > 0 && ($0.status == .todo || $0.status == .doing) }
    }
}

extension RoadmapState {
    /// Done and total lessons of the plan (lessons kept from an earlier plan are not counted).
    var planProgress: (done: Int, total: Int) { RoadmapListing(self).planProgress }
}

/// What the roadmap needs to know about a lesson beyond the saved item: the curriculum's facts and whether its
/// prerequisites are in place.
struct RoadmapLessonFacts {
    let lesson: Lesson?
    let index: Int?
    /// Prerequisites neither mastered by the latest diagnostic nor done, in the lesson's order.
    let waitingOn: [String]

    init(_ lessonID: String, course: Curriculum, mastery: MasteryView) {
        index = course.indexByID[lessonID]
        lesson = index.map { course.lessons[$0] }
        waitingOn = (lesson?.prerequisites ?? []).filter { id in
            guard course.indexByID[id] != nil else { return false }
            let state = mastery.state(of: id)
            return state != .mastered && state != .learned
        }
    }

    /// Every prerequisite is mastered or done: the lesson can be studied now (Knowledge Space Theory's fringe).
    var readyToLearn: Bool { lesson != nil && waitingOn.isEmpty }
    var minutes: Int { max(0, lesson?.totalMinutes ?? 0) }
}

/// Small wordings the roadmap and home screens share.
enum RoadmapFormat {
    /// `45 min`, `1 h`, `2 h 45 min`.
    static func duration(_ minutes: Int) -> String {
        if minutes < 60 { return "\(minutes) min" }
        let (h, m) = (minutes / 60, minutes % 60)
        return m == 0 ? "\(h) h" : "\(h) h \(m) min"
    }

    /// `3 h`, `2.5 h`.
    static func hours(_ value: Double) -> String {
        guard value.isFinite else { return "? h" }
        return value == value.rounded() ? "\(Int(value)) h" : String(format: "%.1f h", value)
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `24 Nov 2026` in the local calendar day; English month names so the layout never depends on the locale.
    static func day(_ date: Date, timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        let month = months[min(11, max(0, (c.month ?? 1) - 1))]
        return "\(c.day ?? 1) \(month) \(c.year ?? 1970)"
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// How a status reads in a sentence.
    static func label(_ status: LessonStatus) -> String {
        switch status {
        case .todo: "to do"
        case .doing: "in progress"
        case .done: "done"
        case .skipped: "skipped"
        }
    }
}
