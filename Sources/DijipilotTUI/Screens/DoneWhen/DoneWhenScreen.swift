import DijipilotCore

extension Route {
    /// The walk through one lesson's Done-when list, opened when the lesson is marked done.
    static let doneWhen = Route("done-when")
}

/// Which lesson is being walked and which criterion is selected. Ticks themselves live in the progress file, so
/// leaving (Esc, or quitting the app) keeps them and the next walk resumes from them.
struct DoneWhenScreenState: ScreenState {
    var lessonID: String?
    var selected = 0
    init() {}
}

/// Marking a lesson done walks its Done-when list: the founder ticks each criterion someone else could check, or
/// says "done anyway" (recorded as such, not counted as learned). Every tick is saved at once.
enum DoneWhenScreen: Screen {
    static let route = Route.doneWhen
    static let title = "Done when"

    static func keys(_ state: DoneWhenScreenState, app: AppState) -> [KeyBinding<DoneWhenCommand>] {
        DoneWhenKeys.table(criteria: criteria(state, app).count)
    }

    /// Opened with the lesson to walk; a lesson without criteria has nothing to walk (callers mark it directly).
    static func willAppear(focus: Focus?, state: inout DoneWhenScreenState, app: inout AppState) -> Bool {
        guard case .lesson(let id)? = focus else { return state.lessonID != nil }
        guard let lesson = app.course.curriculum.lesson(id), let work = lesson.work, !work.doneWhen.isEmpty else {
            app.message = StatusMessage("\(id) has no Done-when list to walk", kind: .error)
            return false
        }
        if state.lessonID != id { state = DoneWhenScreenState(); state.lessonID = id }
        // Resume on the first criterion not ticked yet.
        let record = app.progress.doneWhen[id]
        state.selected = work.doneWhen.indices.first { record?.isTicked($0) != true } ?? 0
        return true
    }

    static func handle(
        _ command: DoneWhenCommand, key: Key, state: inout DoneWhenScreenState, app: inout AppState, area: Rect
    ) -> [Effect] {
        let count = criteria(state, app).count
        guard let id = state.lessonID, count > 0 else { return [] }
        switch command {
        case .up: state.selected = max(0, state.selected - 1)
        case .down: state.selected = min(count - 1, state.selected + 1)
        case .toggleSelected: return toggle(state.selected, of: id, count: count, &state, &app)
        case .toggleNumbered:
            guard case .character(let c) = key, let n = c.wholeNumberValue, (1...count).contains(n) else { return [] }
            state.selected = n - 1
            return toggle(n - 1, of: id, count: count, &state, &app)
        case .doneAnyway:
            if let refusal = refusal(app) { app.message = refusal; return [] }
            app.progress.markDoneAnyway(id, at: app.now)
            app.message = StatusMessage("\(id) marked done anyway: recorded as such, not counted as learned")
            return [.saveProgress]
        }
        return []
    }

    /// The lesson's criteria, or none when the lesson left the curriculum.
    static func criteria(_ state: DoneWhenScreenState, _ app: AppState) -> [String] {
        state.lessonID.flatMap { app.course.curriculum.lesson($0)?.work?.doneWhen } ?? []
    }

    static func render(into grid: inout Grid, area: Rect, state: DoneWhenScreenState, app: AppState) {
        DoneWhenView.render(into: &grid, area: area, state: state, app: app)
    }

    private static func refusal(_ app: AppState) -> StatusMessage? {
        app.readOnlyReason.map { StatusMessage("Not changed: \($0)", kind: .error) }
    }

    private static func toggle(
        _ criterion: Int, of id: String, count: Int, _ state: inout DoneWhenScreenState, _ app: inout AppState
    ) -> [Effect] {
        if let refusal = refusal(app) { app.message = refusal; return [] }
        app.progress.toggleCriterion(criterion, of: id, count: count, at: app.now)
        let record = app.progress.doneWhen[id]
        let ticked = (0..<count).filter { record?.isTicked($0) == true }.count
        if ticked == count {
            let onRoadmap = app.progress.roadmap?.items.contains { $0.lessonID == id } == true
            app.message = StatusMessage(
                onRoadmap
                    ? "All \(count) ticked: \(id) is done and counts as learned · Esc goes back"
                    : "All \(count) ticked · \(id) is not on your roadmap, so it is not marked done")
        } else {
            let now = record?.isTicked(criterion) == true ? "ticked" : "unticked"
            app.message = StatusMessage("Criterion \(criterion + 1) \(now) · \(ticked) of \(count) ticked")
            // Move on to the next criterion still open, as a walk down the list.
            if now == "ticked", let next = (0..<count).first(where: { $0 > criterion && record?.isTicked($0) != true })
            {
                state.selected = next
            }
        }
        return [.saveProgress]
    }
}

extension AppState {
    /// The done-when walk's state.
    var doneWhenWalk: DoneWhenScreenState {
        get { screens[DoneWhenScreen.self] }
        set { screens[DoneWhenScreen.self] = newValue }
    }
}
