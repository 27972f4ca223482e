import DijipilotCore
import Foundation

extension Route {
    /// The diagnostic: its intro, then one question at a time.
    static let diagnostic = Route("diagnostic")
}

struct DiagnosticScreenState: ScreenState {
    /// The highlighted answer of the current question: its position on screen (`session.shownOrder` maps it to
    /// the choice in the data).
    var selectedChoice = 0
    /// The highlighted action of the intro: 0 = resume/start, 1 = start over.
    var introSelection = 0
    /// Showing "Finish now? … (y/n)".
    var confirmingFinish = false
    /// When the running session was first started (kept across resumes, as in `progress.inProgress`).
    var startedAt: Date?
    /// When this sitting began and how many answers it began with: the pace for the time estimate.
    var sittingStart: Date?
    var answersAtSittingStart = 0
    init() {}
}

/// The diagnostic: an intro (start or resume), then one question at a time, full screen.
enum DiagnosticScreen: Screen {
    static let route = Route.diagnostic
    static let title = "Diagnostic"

    static func keys(_ state: DiagnosticScreenState, app: AppState) -> [KeyBinding<DiagnosticCommand>] {
        DiagnosticKeys.table(state, app)
    }

    /// The y/n question takes every key (Esc included) until answered.
    static func takesTypedText(_ state: DiagnosticScreenState, app: AppState) -> Bool {
        app.session != nil && state.confirmingFinish
    }

    static func handle(
        _ command: DiagnosticCommand, key: Key, state: inout DiagnosticScreenState,
        app: inout AppState, area: Rect
    ) -> [Effect] {
        if app.session != nil && state.confirmingFinish {
            state.confirmingFinish = false
            if command == .confirmFinish { return DiagnosticFlow.finishEarly(&state, &app) }
            app.message = StatusMessage("Keep going: the diagnostic continues.")
            return []
        }
        guard let session = app.session else { return handleIntro(command, &state, &app) }
        let count = session.currentQuestion?.choices.count ?? 0
        switch command {
        case .up: state.selectedChoice = max(0, state.selectedChoice - 1)
        case .down: state.selectedChoice = min(max(0, count - 1), state.selectedChoice + 1)
        case .answerSelected: return DiagnosticFlow.answer(shownPosition: state.selectedChoice, &state, &app)
        case .answerNumber:
            guard case .character(let c) = key, let n = c.wholeNumberValue, n >= 1, n <= count else { return [] }
            state.selectedChoice = n - 1
            return DiagnosticFlow.answer(shownPosition: n - 1, &state, &app)
        case .back: return DiagnosticFlow.back(&state, &app)
        case .finish: state.confirmingFinish = true
        default: break
        }
        return []
    }

    /// A key the tables do not bind: during the y/n question it means "no"; on the read-only intro, Enter says
    /// why nothing starts.
    static func unbound(
        _ key: Key, state: inout DiagnosticScreenState, app: inout AppState,
        area: Rect
    ) -> [Effect] {
        if app.session != nil && state.confirmingFinish {
            state.confirmingFinish = false
            app.message = StatusMessage("Keep going: the diagnostic continues.")
        } else if app.session == nil, app.readOnlyReason != nil, key == .enter {
            app.message = StatusMessage("Read-only: the diagnostic cannot be started here.", kind: .error)
        }
        return []
    }

    static func handleIntro(
        _ command: DiagnosticCommand, _ state: inout DiagnosticScreenState,
        _ app: inout AppState
    ) -> [Effect] {
        let canResume = app.resumableDiagnostic != nil
        switch command {
        case .up: state.introSelection = 0
        case .down: state.introSelection = canResume ? 1 : 0
        case .activate:
            let resume = canResume && state.introSelection == 0
            // A fresh diagnostic asks the business profile first while it is not answered in full.
            if !resume && !app.progress.profile.business.isComplete {
                return [.show(.profile, focus: .beforeDiagnostic)]
            }
            return DiagnosticFlow.start(resume: resume, &state, &app)
        case .startOver:
            if !app.progress.profile.business.isComplete { return [.show(.profile, focus: .beforeDiagnostic)] }
            return DiagnosticFlow.start(resume: false, &state, &app)
        case .changeProfile: return [.show(.profile, focus: .beforeDiagnostic)]
        default: break
        }
        return []
    }

    /// A click selects an answer; a click on the selected answer gives it. On the intro it picks the action.
    /// A wheel turn during the y/n question counts as "no", as any other key does.
    static func mouse(
        x: Int, y: Int, kind: Key.MouseKind, state: inout DiagnosticScreenState, app: inout AppState,
        area: Rect
    ) -> [Effect] {
        guard kind == .click else {
            return unbound(.mouse(x: x, y: y, kind: kind), state: &state, app: &app, area: area)
        }
        guard area.contains(x: x, y: y) else { return [] }
        guard let session = app.session else {
            guard let row = DiagnosticIntroView.actionRow(at: y, area: area, app: app) else { return [] }
            state.introSelection = row
            return handleIntro(.activate, &state, &app)
        }
        guard !state.confirmingFinish, let question = session.currentQuestion else { return [] }
        let layout = QuestionLayout(question: question, confirmingFinish: state.confirmingFinish, area: area)
        guard layout.options.contains(x: x, y: y),
            let option = OptionList.option(
                atRow: y - layout.options.y, options: QuestionView.shownLabels(question, app),
                width: layout.options.width, height: layout.options.height,
                selected: state.selectedChoice)
        else { return [] }
        if option == state.selectedChoice { return DiagnosticFlow.answer(shownPosition: option, &state, &app) }
        state.selectedChoice = option
        return []
    }

    /// Opened right after the profile it waited for: the diagnostic starts at once.
    static func willAppear(focus: Focus?, state: inout DiagnosticScreenState, app: inout AppState) -> Bool {
        if focus == .startDiagnostic, app.session == nil {
            // The profile's own save writes the diagnostic under way too (one save, after this update).
            _ = DiagnosticFlow.start(resume: false, &state, &app)
        }
        return true
    }

    static func render(into grid: inout Grid, area: Rect, state: DiagnosticScreenState, app: AppState) {
        if let session = app.session, let question = session.currentQuestion {
            QuestionView.render(into: &grid, area: area, screen: state, app: app, session: session, question: question)
        } else {
            DiagnosticIntroView.render(into: &grid, area: area, screen: state, app: app)
        }
    }
}

extension AppState {
    /// The diagnostic screen's state.
    var diagnostic: DiagnosticScreenState {
        get { screens[DiagnosticScreen.self] }
        set { screens[DiagnosticScreen.self] = newValue }
    }
}
