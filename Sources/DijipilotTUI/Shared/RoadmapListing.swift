import DijipilotCore
import Foundation

/// The saved roadmap as the screens list it: the plan's weeks in order, then the lessons done under an earlier
/// plan (week 0), each group a run of `items`. Built from the progress file alone, so it works without a
/// diagnostic taken in this run. `AppState` builds it when the progress changes and keeps it: the lines, the
/// counts and the widest id are worked out here once, not per key or frame.
struct RoadmapListing: Sendable {
    struct Group: Equatable, Sendable {
        /// The plan's week (1-based), or 0 for lessons done under an earlier plan.
        var week: Int
        /// Indexes into `items`.
        var range: Range<Int>
        /// The calendar weeks it takes: more than 1 for a lesson longer than the weekly time.
        var span = 1
        var title: String { RoadmapState.weekTitle(week, span: span) }
    }

    /// One line of the scrolling list.
    enum Line: Equatable, Sendable {
        case week(group: Int)
        case item(Int)
        case reason(Int)
        case gap
    }

    let items: [RoadmapItem]
    let groups: [Group]
    /// The plan's lessons (week 0 left out: it is history, not plan) done and in all.
    let planProgress: (done: Int, total: Int)
    /// The first plan lesson still to study (in progress or to do), in study order.
    let nextToStudy: RoadmapItem?
    /// Calendar weeks from week 1 to the end of the plan.
    let lengthInWeeks: Int
    /// The display width of the longest lesson id: where the title column starts.
    let idWidth: Int
    private let linesWithReasons: [Line]
    private let linesAlone: [Line]
    /// Per item, its line in `linesWithReasons` and in `linesAlone`.
    private let itemLineWithReasons: [Int]
    private let itemLineAlone: [Int]

    init(_ roadmap: RoadmapState?, curriculum: Curriculum) {
        var items: [RoadmapItem] = [], groups: [Group] = []
        var lengthInWeeks = 0
        if let roadmap {
            let spans = roadmap.weekSpans(curriculum: curriculum)
            lengthInWeeks = RoadmapState.length(spans: spans)
            // One pass over the items (a filter per week was quadratic with thousands of weeks).
            var byWeek: [Int: [RoadmapItem]] = [:]
            var earlier: [RoadmapItem] = []
            for item in roadmap.items {
                // A hand-edited file may hold negative weeks: they are no plan week either, so they join week 0.
                if item.week > 0 { byWeek[item.week, default: []].append(item) } else { earlier.append(item) }
            }
            for week in byWeek.keys.sorted() {
                let start = items.count
                items += byWeek[week]!
                groups.append(Group(week: week, range: start..<items.count, span: spans[week] ?? 1))
            }
            if !earlier.isEmpty {
                groups.append(Group(week: 0, range: items.count..<(items.count + earlier.count)))
                items += earlier
            }
        }
        self.items = items
        self.groups = groups
        self.lengthInWeeks = lengthInWeeks
        let plan = items.filter { $0.week > 0 }
        planProgress = (plan.filter { $0.status == .done }.count, plan.count)
        nextToStudy = items.first { $0.week > 0 && ($0.status == .todo || $0.status == .doing) }
        idWidth = items.map { DisplayWidth.of($0.lessonID) }.max() ?? 0
        (linesWithReasons, itemLineWithReasons) = Self.lines(groups, itemCount: items.count, reasons: true)
        (linesAlone, itemLineAlone) = Self.lines(groups, itemCount: items.count, reasons: false)
    }

    var isEmpty: Bool { items.isEmpty }

    /// "Week 3", or "Weeks 1–2" for a week a long lesson runs on from.
    func title(ofWeek week: Int) -> String {
        RoadmapState.weekTitle(week, span: groups.first { $0.week == week }?.span ?? 1)
    }

    /// The group holding item `i`.
    func group(of i: Int) -> Int? {
        // Groups are contiguous and in order: binary search keeps this cheap with thousands of weeks.
        var low = 0, high = groups.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if groups[mid].range.upperBound <= i {
                low = mid + 1
            } else if groups[mid].range.lowerBound > i {
                high = mid - 1
            } else {
                return mid
            }
        }
        return nil
    }

    /// The list's lines; with `reasons`, each lesson is followed by the line saying why it is on the plan.
    func lines(reasons: Bool) -> [Line] { reasons ? linesWithReasons : linesAlone }

    /// The line item `i` is on, if it is an item.
    func line(ofItem i: Int, reasons: Bool) -> Int? {
        let index = reasons ? itemLineWithReasons : itemLineAlone
        return index.indices.contains(i) ? index[i] : nil
    }

    private static func lines(_ groups: [Group], itemCount: Int, reasons: Bool) -> ([Line], [Int]) {
        var lines: [Line] = []
        var lineOfItem = [Int](repeating: 0, count: itemCount)
        for (g, group) in groups.enumerated() {
            if g > 0 { lines.append(.gap) }
            lines.append(.week(group: g))
            for i in group.range {
                lineOfItem[i] = lines.count
                lines.append(.item(i))
                if reasons { lines.append(.reason(i)) }
            }
        }
        return (lines, lineOfItem)
    }
}
