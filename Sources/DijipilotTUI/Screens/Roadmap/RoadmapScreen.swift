import DijipilotCore

extension Route {
    /// The week-by-week plan.
    static let roadmap = Route("roadmap")
}

/// Where the roadmap screen stands: the selected lesson (an index into `RoadmapListing.items`) and the first list
/// line shown.
struct RoadmapScreenState: ScreenState {
    var selected = 0
    var scroll = 0
    init() {}
}

/// The roadmap: the week-by-week plan from the saved file, where the learner ticks lessons off.
enum RoadmapScreen: Screen {
    static let route = Route.roadmap
    static let title = "Roadmap"

    static func keys(_ state: RoadmapScreenState, app: AppState) -> [KeyBinding<RoadmapCommand>] {
        RoadmapKeys.table(app)
    }

    static func handle(
        _ command: RoadmapCommand, key: Key, state: inout RoadmapScreenState, app: inout AppState,
        area: Rect
    ) -> [Effect] {
        let listing = app.roadmapListing
        // With no plan, the table holds `d` alone.
        guard !listing.isEmpty else { return command == .startDiagnostic ? [.show(.diagnostic)] : [] }
        let layout = RoadmapLayout(area: area)
        let last = listing.items.count - 1
        var selected = min(max(0, state.selected), last)
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
            state.selected = selected
            return toggleDone(listing.items[selected], &app)
        case .cycleStatus:
            let item = listing.items[selected]
            let next: LessonStatus =
                switch item.status {
                case .todo, .done: .doing
                case .doing: .skipped
                case .skipped: .todo
                }
            return setStatus(next, of: item.lessonID, &app)
        case .open:
            let id = listing.items[selected].lessonID
            guard app.course.curriculum.indexByID[id] != nil else {
                app.message = StatusMessage("Lesson \(id) is no longer in the curriculum", kind: .error)
                return []
            }
            return [.show(.tree, focus: .lesson(id))]
        case .verifyDone: return DiagnosticFlow.startRecheck(.done, &app)
        case .startDiagnostic:
            return [.show(.diagnostic)]
        case .moreHours, .fewerHours:
            return changeHours(by: command == .moreHours ? 0.5 : -0.5, &state, &app, area: area)
        }
        if command == .nextWeek || command == .previousWeek {
            state.scroll = layout.scroll(toWeekOf: selected, listing)
        }
        select(selected, listing, layout, &state)
        return []
    }

    static func mouse(
        x: Int, y: Int, kind: Key.MouseKind, state: inout RoadmapScreenState, app: inout AppState,
        area: Rect
    ) -> [Effect] {
        let listing = app.roadmapListing
        return listing.isEmpty ? [] : mouse(x: x, y: y, kind: kind, listing, &state, &app, area: area)
    }

    /// The roadmap was rebuilt by a new diagnostic (it can be shorter): the screen starts at the top of the new plan.
    static func notice(_ event: AppEvent, state: inout RoadmapScreenState, app: AppState) {
        if event == .diagnosticRecorded { state = RoadmapScreenState() }
    }

    /// Moves the selection and scrolls just enough to show it (with its week's heading when it opens a week).
    static func select(_ i: Int, _ listing: RoadmapListing, _ layout: RoadmapLayout, _ state: inout RoadmapScreenState)
    {
        state.selected = i
        state.scroll = layout.scroll(showing: i, from: state.scroll, listing)
    }

    /// A done lesson goes back to do; another opens the walk through its Done-when list (the walk marks it done
    /// once every criterion is ticked), or is marked done at once when it has no criteria to tick.
    static func toggleDone(_ item: RoadmapItem, _ app: inout AppState) -> [Effect] {
        if item.status != .done, app.readOnlyReason == nil,
            app.course.curriculum.lesson(item.lessonID)?.work?.doneWhen.isEmpty == false
        {
            return [.show(.doneWhen, focus: .lesson(item.lessonID))]
        }
        return setStatus(item.status == .done ? .todo : .done, of: item.lessonID, &app)
    }

    /// Changes one lesson's status in the progress file (refused when read-only) and says what happened.
    static func setStatus(_ status: LessonStatus, of lessonID: String, _ state: inout AppState) -> [Effect] {
        if let reason = state.readOnlyReason {
            state.message = StatusMessage("Status not changed: \(reason)", kind: .error)
            return []
        }
        guard state.progress.setStatus(lessonID: lessonID, status: status, at: state.now) else { return [] }
        let listing = state.roadmapListing
        let (done, total) = listing.planProgress
        var text =
            "\(lessonID) \(status == .done ? "done" : "now " + Wording.label(status)) · \(done) of \(total) lessons done"
        if status == .done, let i = listing.items.firstIndex(where: { $0.lessonID == lessonID }),
            let g = listing.group(of: i), listing.groups[g].week > 0,
            listing.items[listing.groups[g].range].allSatisfy({ $0.status == .done })
        {
            text = "\(listing.groups[g].title) complete! · \(done) of \(total) lessons done"
        }
        state.message = StatusMessage(text)
        return [.saveProgress]
    }

    /// Changes the weekly budget and regroups the weeks; the selected lesson stays selected and in view.
    static func changeHours(
        by step: Double, _ screen: inout RoadmapScreenState, _ state: inout AppState,
        area: Rect
    ) -> [Effect] {
        if let reason = state.readOnlyReason {
            state.message = StatusMessage("Weekly time not changed: \(reason)", kind: .error)
            return []
        }
        let before = state.roadmapListing
        let selectedID = before.items.indices.contains(screen.selected) ? before.items[screen.selected].lessonID : nil
        let hours = state.progress.settings.hoursPerWeek + step
        guard state.progress.setHoursPerWeek(hours, curriculum: state.course.curriculum) else {
            let range = ProgressFile.hoursPerWeekRange
            state.message = StatusMessage(
                "Weekly time stays between \(Wording.hours(range.lowerBound)) and \(Wording.hours(range.upperBound))")
            return []
        }
        let listing = state.roadmapListing
        let weeks = listing.lengthInWeeks
        state.message = StatusMessage(
            "\(Wording.hours(state.progress.settings.hoursPerWeek)) a week of reading and doing: \(weeks) week\(weeks == 1 ? "" : "s") of lessons"
        )
        if let selectedID, let i = listing.items.firstIndex(where: { $0.lessonID == selectedID }) {
            select(i, listing, RoadmapLayout(area: area), &screen)
        }
        return [.saveProgress]
    }

    static func mouse(
        x: Int, y: Int, kind: Key.MouseKind, _ listing: RoadmapListing, _ screen: inout RoadmapScreenState,
        _ state: inout AppState, area: Rect
    ) -> [Effect] {
        let layout = RoadmapLayout(area: area)
        let last = listing.items.count - 1
        let current = min(max(0, screen.selected), last)
        switch kind {
        case .wheelUp: select(max(0, current - 3), listing, layout, &screen)
        case .wheelDown: select(min(last, current + 3), listing, layout, &screen)
        case .click:
            guard layout.list.contains(x: x, y: y) else { return [] }
            let lines = listing.lines(reasons: layout.showsReasons)
            let top = layout.scroll(showing: current, from: screen.scroll, listing)
            let n = top + (y - layout.list.y)
            guard lines.indices.contains(n) else { return [] }
            switch lines[n] {
            case .item(let i):
                select(i, listing, layout, &screen)
                // The team's plan is read-only (`RoadmapKeys`): a click on its checkbox only selects.
                if layout.checkboxColumns.contains(x) && !state.showsTeam {
                    return toggleDone(listing.items[i], &state)
                }
            case .reason(let i): select(i, listing, layout, &screen)
            case .week(let g): select(listing.groups[g].range.lowerBound, listing, layout, &screen)
            case .gap: break
            }
        }
        return []
    }
}

extension AppState {
    /// The roadmap screen's state.
    var roadmap: RoadmapScreenState {
        get { screens[RoadmapScreen.self] }
        set { screens[RoadmapScreen.self] = newValue }
    }
}
