import DijipilotCore

/// Where the roadmap screen stands: the selected lesson (an index into `RoadmapListing.items`) and the first list
/// line shown.
public struct RoadmapScreenState: Equatable, Sendable {
    public var selected = 0
    public var scroll = 0
    public init() {}
}

public enum RoadmapScreenCommand: Sendable, Equatable {
    case up, down, pageUp, pageDown, first, last, nextWeek, previousWeek
    case toggleDone, cycleStatus, open, startDiagnostic, moreHours, fewerHours
}

/// The roadmap: the week-by-week plan from the saved file, where the learner ticks lessons off.
enum RoadmapScreen {
    static func bindings(_ state: AppState) -> [KeyBinding<RoadmapScreenCommand>] {
        if RoadmapListing(state.progress.roadmap).isEmpty {
            return [KeyBinding([.character("d")], "Take the diagnostic: it builds the roadmap", short: "diagnostic", .startDiagnostic)]
        }
        return [
            KeyBinding([.up, .character("k")], "Previous lesson", .up),
            KeyBinding([.down, .character("j")], "Next lesson", .down),
            KeyBinding([.pageUp], "One page up", .pageUp),
            KeyBinding([.pageDown], "One page down", .pageDown),
            KeyBinding([.home, .character("g")], "First lesson", .first),
            KeyBinding([.end, .character("G")], "Last lesson", .last),
            KeyBinding([.character("w")], "First lesson of the next week", short: "next week", .nextWeek),
            KeyBinding([.character("W")], "First lesson of the previous week", .previousWeek),
            KeyBinding([.character(" ")], "Mark the lesson done, or back to do", short: "done", .toggleDone),
            KeyBinding([.character("s")], "Set the status: in progress → skipped → to do", short: "status", .cycleStatus),
            KeyBinding([.enter], "Open the lesson", short: "open", .open),
            KeyBinding([.character("+"), .character("=")], "More study time a week (+½ h): fewer, fuller weeks", .moreHours),
            KeyBinding([.character("-")], "Less study time a week (−½ h): more, lighter weeks", .fewerHours),
        ]
    }

    static func keys(_ state: AppState) -> [KeyHelp] { bindings(state).map(\.keyHelp) }
    static func capturesText(_ state: AppState) -> Bool { false }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let listing = RoadmapListing(state.progress.roadmap)
        if case .mouse(let x, let y, let kind) = key {
            return listing.isEmpty ? [] : mouse(x: x, y: y, kind: kind, listing, &state)
        }
        guard let command = bindings(state).command(for: key) else { return [] }
        if command == .startDiagnostic { return HomeScreen.run(.diagnostic, &state) }
        guard !listing.isEmpty else { return [] }
        let layout = RoadmapLayout(area: RoadmapLayout.area(of: state))
        let last = listing.items.count - 1
        var selected = min(max(0, state.roadmap.selected), last)
        let group = listing.group(of: selected) ?? 0
        switch command {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(last, selected + 1)
        case .pageUp: selected = max(0, selected - layout.itemsPerPage)
        case .pageDown: selected = min(last, selected + layout.itemsPerPage)
        case .first: selected = 0
        case .last: selected = last
        case .nextWeek: selected = listing.groups[min(group + 1, listing.groups.count - 1)].range.lowerBound
        case .previousWeek: selected = listing.groups[max(group - 1, 0)].range.lowerBound
        case .toggleDone:
            let item = listing.items[selected]
            return setStatus(item.status == .done ? .todo : .done, of: item.lessonID, &state)
        case .cycleStatus:
            let item = listing.items[selected]
            let next: LessonStatus = switch item.status {
            case .todo, .done: .doing
            case .doing: .skipped
            case .skipped: .todo
            }
            return setStatus(next, of: item.lessonID, &state)
        case .open:
            let id = listing.items[selected].lessonID
            if state.course.curriculum.indexByID[id] != nil {
                state.openLesson(id)
            } else {
                state.message = StatusMessage("Lesson \(id) is no longer in the curriculum", kind: .error)
            }
            return []
        case .startDiagnostic:
            return []
        case .moreHours, .fewerHours:
            return changeHours(by: command == .moreHours ? 0.5 : -0.5, &state)
        }
        if command == .nextWeek || command == .previousWeek {
            state.roadmap.scroll = layout.scroll(toWeekOf: selected, listing)
        }
        select(selected, listing, layout, &state)
        return []
    }

    /// Moves the selection and scrolls just enough to show it (with its week's heading when it opens a week).
    static func select(_ i: Int, _ listing: RoadmapListing, _ layout: RoadmapLayout, _ state: inout AppState) {
        state.roadmap.selected = i
        state.roadmap.scroll = layout.scroll(showing: i, from: state.roadmap.scroll, listing)
    }

    /// Changes one lesson's status in the progress file (refused when read-only) and says what happened.
    static func setStatus(_ status: LessonStatus, of lessonID: String, _ state: inout AppState) -> [Effect] {
        if let reason = state.readOnlyReason {
            state.message = StatusMessage("Status not changed: \(reason)", kind: .error)
            return []
        }
        guard state.progress.setStatus(lessonID: lessonID, status: status, at: state.now) else { return [] }
        let listing = RoadmapListing(state.progress.roadmap)
        let (done, total) = listing.planProgress
        var text = "\(lessonID) \(status == .done ? "done" : "now " + RoadmapFormat.label(status)) · \(done) of \(total) lessons done"
        if status == .done, let i = listing.items.firstIndex(where: { $0.lessonID == lessonID }),
           let g = listing.group(of: i), listing.groups[g].week > 0,
           listing.items[listing.groups[g].range].allSatisfy({ $0.status == .done }) {
            text = "Week \(listing.groups[g].week) complete! · \(done) of \(total) lessons done"
        }
        state.message = StatusMessage(text)
        return [.saveProgress]
    }

    /// Changes the weekly budget and regroups the weeks; the selected lesson stays selected and in view.
    static func changeHours(by step: Double, _ state: inout AppState) -> [Effect] {
        if let reason = state.readOnlyReason {
            state.message = StatusMessage("Weekly time not changed: \(reason)", kind: .error)
            return []
        }
        let before = RoadmapListing(state.progress.roadmap)
        let selectedID = before.items.indices.contains(state.roadmap.selected) ? before.items[state.roadmap.selected].lessonID : nil
        let hours = state.progress.settings.hoursPerWeek + step
        guard state.progress.setHoursPerWeek(hours, curriculum: state.course.curriculum) else {
            let range = ProgressFile.hoursPerWeekRange
            state.message = StatusMessage("Weekly time stays between \(RoadmapFormat.hours(range.lowerBound)) and \(RoadmapFormat.hours(range.upperBound))")
            return []
        }
        let listing = RoadmapListing(state.progress.roadmap)
        let weeks = Set(listing.items.map(\.week).filter { $0 > 0 }).count
        state.message = StatusMessage("\(RoadmapFormat.hours(state.progress.settings.hoursPerWeek)) a week of reading and doing: \(weeks) week\(weeks == 1 ? "" : "s") of lessons")
        if let selectedID, let i = listing.items.firstIndex(where: { $0.lessonID == selectedID }) {
            select(i, listing, RoadmapLayout(area: RoadmapLayout.area(of: state)), &state)
        }
        return [.saveProgress]
    }

    static func mouse(x: Int, y: Int, kind: Key.MouseKind, _ listing: RoadmapListing, _ state: inout AppState) -> [Effect] {
        let layout = RoadmapLayout(area: RoadmapLayout.area(of: state))
        let last = listing.items.count - 1
        let current = min(max(0, state.roadmap.selected), last)
        switch kind {
        case .wheelUp: select(max(0, current - 3), listing, layout, &state)
        case .wheelDown: select(min(last, current + 3), listing, layout, &state)
        case .click:
            guard layout.list.contains(x: x, y: y) else { return [] }
            let lines = listing.lines(reasons: layout.showsReasons)
            let top = layout.scroll(showing: current, from: state.roadmap.scroll, listing)
            let n = top + (y - layout.list.y)
            guard lines.indices.contains(n) else { return [] }
            switch lines[n] {
            case .item(let i):
                select(i, listing, layout, &state)
                if layout.checkboxColumns.contains(x) {
                    let item = listing.items[i]
                    return setStatus(item.status == .done ? .todo : .done, of: item.lessonID, &state)
                }
            case .reason(let i): select(i, listing, layout, &state)
            case .week(let g): select(listing.groups[g].range.lowerBound, listing, layout, &state)
            case .gap: break
            }
        }
        return []
    }
}

/// Where the roadmap's parts go in the content area: the same arithmetic for drawing and for mouse clicks.
struct RoadmapLayout {
    /// Title and overall progress.
    let header: Rect
    let list: Rect
    /// The selected lesson's details, beside the list from 100 columns.
    let detail: Rect?

    init(area: Rect) {
        let (header, rest) = area.splitTop(4)
        self.header = header
        if area.width >= 100 {
            let (list, right) = rest.splitLeft(max(60, area.width * 3 / 5))
            self.list = list
            detail = Rect(x: right.x + 2, y: right.y, width: right.width - 3, height: right.height)
        } else {
            list = rest
            detail = nil
        }
    }

    /// The content area AppView gives a screen: below the title bar, above the status line. (A message line
    /// only shortens it at the bottom; everything here is anchored at the top.)
    static func area(of state: AppState) -> Rect {
        Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
    }

    /// Without a detail pane, each lesson shows why it is on the plan on the line below.
    var showsReasons: Bool { detail == nil }
    var linesPerItem: Int { showsReasons ? 2 : 1 }
    var itemsPerPage: Int { max(1, list.height / linesPerItem - 1) }
    /// Where a click toggles a lesson done.
    var checkboxColumns: Range<Int> { (list.x + 1)..<(list.x + 6) }

    /// The first line to show so that item `i` (with its reason, and its week's heading when it opens the week)
    /// is visible, moving as little as possible from `current`.
    func scroll(showing i: Int, from current: Int, _ listing: RoadmapListing) -> Int {
        let lines = listing.lines(reasons: showsReasons)
        let height = list.height
        guard height > 0, let at = lines.firstIndex(of: .item(i)) else { return 0 }
        var first = at
        if at > 0, case .week = lines[at - 1] { first = at - 1 }
        let last = at + linesPerItem - 1
        var top = max(0, current)
        if last >= top + height { top = last - height + 1 }
        if first < top { top = first }
        // Never open the view on a reason line whose lesson is cut off above it.
        if top < first, lines.indices.contains(top), case .reason = lines[top] { top += 1 }
        return max(0, min(top, lines.count - height))
    }

    /// The first line to show so that item `i`'s week heading is at the top (as far as the list allows).
    func scroll(toWeekOf i: Int, _ listing: RoadmapListing) -> Int {
        let lines = listing.lines(reasons: showsReasons)
        guard let at = lines.firstIndex(of: .item(i)) else { return 0 }
        let heading = lines[..<at].lastIndex { if case .week = $0 { true } else { false } } ?? at
        return max(0, min(heading, lines.count - list.height))
    }
}
