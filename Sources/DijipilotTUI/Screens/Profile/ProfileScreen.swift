import DijipilotCore

extension Route {
    /// The business profile: one field per screen, the same keys as the diagnostic's questions.
    static let profile = Route("profile")
}

struct ProfileScreenState: ScreenState {
    /// The field being asked: its index in `ProfileField.allCases`.
    var fieldIndex = 0
    /// The highlighted answer of that field (an index in `field.answers`).
    var selected = 0
    /// The answers so far; saved to the progress file when the last field is answered.
    var draft = BusinessProfile()
    /// Asked before a diagnostic: answering the last field starts it.
    var beforeDiagnostic = false
    init() {}

    var field: ProfileField { ProfileField.allCases[min(fieldIndex, ProfileField.allCases.count - 1)] }

    /// Shows `fieldIndex`, with its saved answer (if any) highlighted.
    mutating func select(field index: Int) {
        fieldIndex = min(max(0, index), ProfileField.allCases.count - 1)
        selected = draft[field].flatMap { key in field.answers.firstIndex { $0.key == key } } ?? 0
    }
}

/// The business profile, full screen: one field at a time, answered with a number or arrows and Enter;
/// Esc or ← goes back a field. Asked before the first diagnostic, and changed from Home.
enum ProfileScreen: Screen {
    static let route = Route.profile
    static let title = "Business profile"

    static func keys(_ state: ProfileScreenState, app: AppState) -> [KeyBinding<ProfileCommand>] {
        ProfileKeys.table(state)
    }

    static func willAppear(focus: Focus?, state: inout ProfileScreenState, app: inout AppState) -> Bool {
        if let reason = app.readOnlyReason {
            app.message = StatusMessage("Read-only (\(reason)): the profile cannot be changed.", kind: .error)
            return false
        }
        // Uncovered (the help closed over it) keeps its place; opened starts from the saved profile.
        guard focus != nil || app.route != route else { return true }
        state = ProfileScreenState()
        state.draft = app.progress.profile.business
        state.beforeDiagnostic = focus == .beforeDiagnostic
        state.select(field: 0)
        return true
    }

    static func handle(
        _ command: ProfileCommand, key: Key, state: inout ProfileScreenState, app: inout AppState, area: Rect
    ) -> [Effect] {
        let count = state.field.answers.count
        switch command {
        case .up: state.selected = max(0, state.selected - 1)
        case .down: state.selected = min(count - 1, state.selected + 1)
        case .answerSelected: return answer(state.selected, &state, &app)
        case .answerNumber:
            guard case .character(let c) = key, let n = c.wholeNumberValue, n >= 1, n <= count else { return [] }
            return answer(n - 1, &state, &app)
        case .back:
            if state.fieldIndex == 0 {
                app.message = StatusMessage("This is the first question of the profile: Esc leaves it.")
            } else {
                state.select(field: state.fieldIndex - 1)
            }
        }
        return []
    }

    /// Esc goes back a field; on the first one it leaves, saving nothing.
    static func stepBack(state: inout ProfileScreenState, app: AppState, area: Rect) -> Bool {
        guard state.fieldIndex > 0 else { return false }
        state.select(field: state.fieldIndex - 1)
        return true
    }

    /// Answers the current field with `answers[position]`; after the last field, saves the profile.
    static func answer(_ position: Int, _ state: inout ProfileScreenState, _ app: inout AppState) -> [Effect] {
        let answers = state.field.answers
        guard answers.indices.contains(position) else { return [] }
        state.draft[state.field] = answers[position].key
        if state.fieldIndex + 1 < ProfileField.allCases.count {
            state.select(field: state.fieldIndex + 1)
            return []
        }
        return save(&state, &app)
    }

    /// Saves the profile, recomputing the diagnostics and the roadmap (answers and done marks kept), then starts
    /// the diagnostic it was asked for, or goes back Home.
    static func save(_ state: inout ProfileScreenState, _ app: inout AppState) -> [Effect] {
        let changed = state.draft != app.progress.profile.business
        var progress = app.progress
        let recomputed = progress.setBusinessProfile(state.draft, course: app.course, at: app.now)
        app.progress = progress
        var effects: [Effect] = [.saveProgress]
        if recomputed && changed { effects.insert(.announce(.diagnosticRecorded), at: 0) }
        if state.beforeDiagnostic {
            effects.append(.replaceTop(with: .diagnostic, focus: .startDiagnostic))
        } else {
            // Home shows the profile itself; the message says what changed with it.
            app.message = StatusMessage(
                recomputed && changed
                    ? "Profile saved: results and roadmap recomputed; answers and done marks kept."
                    : "Profile saved.")
            effects.append(.replaceTop(with: .home))
        }
        state = ProfileScreenState()
        return effects
    }

    static func mouse(
        x: Int, y: Int, kind: Key.MouseKind, state: inout ProfileScreenState, app: inout AppState, area: Rect
    ) -> [Effect] {
        guard kind == .click else { return [] }
        let layout = ProfileView.layout(state, area: area)
        let labels = ProfileView.labels(state.field)
        guard layout.options.contains(x: x, y: y),
            let option = OptionList.option(
                atRow: y - layout.options.y, options: labels, width: layout.options.width,
                height: layout.options.height, selected: state.selected)
        else { return [] }
        if option == state.selected { return answer(option, &state, &app) }
        state.selected = option
        return []
    }

    static func render(into grid: inout Grid, area: Rect, state: ProfileScreenState, app: AppState) {
        ProfileView.render(into: &grid, area: area, state: state, app: app)
    }
}

extension AppState {
    /// The profile screen's state.
    var profileScreen: ProfileScreenState {
        get { screens[ProfileScreen.self] }
        set { screens[ProfileScreen.self] = newValue }
    }
}
