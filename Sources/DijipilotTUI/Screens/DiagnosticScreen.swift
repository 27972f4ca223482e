import DijipilotCore
import Foundation

public struct DiagnosticScreenState: Equatable, Sendable {
    /// The highlighted answer of the current question: its position on screen (`session.shownOrder` maps it to
    /// the choice in the data).
    public var selectedChoice = 0
    /// The highlighted action of the intro: 0 = resume/start, 1 = start over.
    public var introSelection = 0
    /// Showing "Finish now? … (y/n)".
    public var confirmingFinish = false
    /// When the running session was first started (kept across resumes, as in `progress.inProgress`).
    public var startedAt: Date?
    /// When this sitting began and how many answers it began with: the pace for the time estimate.
    public var sittingStart: Date?
    public var answersAtSittingStart = 0
    public init() {}
}

public enum DiagnosticCommand: Sendable {
    case up, down, activate, startOver
    case answerSelected, answerNumber, back, finish
    case confirmFinish, cancelFinish
}

/// The diagnostic: an intro (start or resume), then one question at a time, full screen.
enum DiagnosticScreen {
    static let introBindings: [KeyBinding<DiagnosticCommand>] = [
        KeyBinding([.enter, .character(" ")], "Start the diagnostic, or resume the one under way", short: "start", .activate),
        KeyBinding([.character("n")], "Start over (earlier answers stay saved until your first new answer)",
                   short: "start over", .startOver),
        KeyBinding([.up, .character("k")], "Move up", .up),
        KeyBinding([.down, .character("j")], "Move down", .down),
    ]

    static let questionBindings: [KeyBinding<DiagnosticCommand>] = [
        KeyBinding((1...6).map { Key.character(Character(String($0))) }, "Answer with that option", short: "answer",
                   .answerNumber),
        KeyBinding([.up, .character("k")], "Select the option above", .up),
        KeyBinding([.down, .character("j")], "Select the option below", .down),
        KeyBinding([.enter], "Answer with the selected option", short: "answer", .answerSelected),
        KeyBinding([.left, .backspace], "Back to the previous question (its answer is kept selected)", short: "previous",
                   .back),
        KeyBinding([.character("f")], "Finish now: results from the answers so far, less certain", short: "finish",
                   .finish),
    ]

    static let confirmBindings: [KeyBinding<DiagnosticCommand>] = [
        KeyBinding([.character("y"), .character("Y")], "Yes, finish now", short: "finish", .confirmFinish),
        KeyBinding([.character("n"), .character("N"), .escape], "No, keep answering", short: "keep going", .cancelFinish),
    ]

    static func bindings(_ state: AppState) -> [KeyBinding<DiagnosticCommand>] {
        guard state.session != nil else {
            if state.readOnlyReason != nil { return [] }
            return state.resumableDiagnostic == nil ? introBindings.filter { $0.command != .startOver } : introBindings
        }
        return state.diagnostic.confirmingFinish ? confirmBindings : questionBindings
    }

    static func keys(_ state: AppState) -> [KeyHelp] {
        bindings(state).map { binding in
            var help = binding.keyHelp
            if binding.command == .answerNumber {
                // Name the keys this question really has: "1-5" for four options and "Not sure".
                let count = state.session?.currentQuestion?.choices.count ?? 6
                help.key = "1-\(count)"
            }
            if binding.command == .activate, state.resumableDiagnostic != nil { help.short = "resume" }
            if binding.command == .answerSelected { help.short = nil }
            return help
        }
    }

    /// The y/n question takes every key (Esc included) until answered.
    static func capturesText(_ state: AppState) -> Bool { state.session != nil && state.diagnostic.confirmingFinish }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if case .mouse(let x, let y, .click) = key { return click(x: x, y: y, &state) }
        if state.session != nil && state.diagnostic.confirmingFinish {
            state.diagnostic.confirmingFinish = false
            if confirmBindings.command(for: key) == .confirmFinish { return state.finishDiagnosticEarly() }
            state.message = StatusMessage("Keep going: the diagnostic continues.")
            return []
        }
        guard let command = bindings(state).command(for: key) else {
            if state.session == nil, state.readOnlyReason != nil, key == .enter {
                state.message = StatusMessage("Read-only: the diagnostic cannot be started here.", kind: .error)
            }
            return []
        }
        guard let session = state.session else { return handleIntro(command, &state) }
        let count = session.currentQuestion?.choices.count ?? 0
        switch command {
        case .up: state.diagnostic.selectedChoice = max(0, state.diagnostic.selectedChoice - 1)
        case .down: state.diagnostic.selectedChoice = min(max(0, count - 1), state.diagnostic.selectedChoice + 1)
        case .answerSelected: return state.answerDiagnostic(shownPosition: state.diagnostic.selectedChoice)
        case .answerNumber:
            guard case .character(let c) = key, let n = c.wholeNumberValue, n >= 1, n <= count else { return [] }
            state.diagnostic.selectedChoice = n - 1
            return state.answerDiagnostic(shownPosition: n - 1)
        case .back: return state.diagnosticBack()
        case .finish: state.diagnostic.confirmingFinish = true
        default: break
        }
        return []
    }

    static func handleIntro(_ command: DiagnosticCommand, _ state: inout AppState) -> [Effect] {
        let canResume = state.resumableDiagnostic != nil
        switch command {
        case .up: state.diagnostic.introSelection = 0
        case .down: state.diagnostic.introSelection = canResume ? 1 : 0
        case .activate: return state.startDiagnostic(resume: canResume && state.diagnostic.introSelection == 0)
        case .startOver: return state.startDiagnostic(resume: false)
        default: break
        }
        return []
    }

    /// A click selects an answer; a click on the selected answer gives it. On the intro it picks the action.
    static func click(x: Int, y: Int, _ state: inout AppState) -> [Effect] {
        let area = contentArea(state)
        guard area.contains(x: x, y: y) else { return [] }
        if state.session == nil {
            guard let row = DiagnosticIntroView.actionRow(at: y, area: area, state: state) else { return [] }
            state.diagnostic.introSelection = row
            return handleIntro(.activate, &state)
        }
        guard !state.diagnostic.confirmingFinish, let question = state.session?.currentQuestion else { return [] }
        let layout = QuestionLayout(state: state, area: area)
        guard layout.options.contains(x: x, y: y),
              let option = OptionList.option(atRow: y - layout.options.y, options: QuestionView.shownLabels(question, state),
                                             width: layout.options.width, height: layout.options.height,
                                             selected: state.diagnostic.selectedChoice) else { return [] }
        if option == state.diagnostic.selectedChoice { return state.answerDiagnostic(shownPosition: option) }
        state.diagnostic.selectedChoice = option
        return []
    }

    /// Where AppView draws the screen while no message is showing (keys clear the message first).
    static func contentArea(_ state: AppState) -> Rect {
        Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
    }

    static func render(into grid: inout Grid, area: Rect, state: AppState) {
        if let session = state.session, let question = session.currentQuestion {
            QuestionView.render(into: &grid, area: area, state: state, session: session, question: question)
        } else {
            DiagnosticIntroView.render(into: &grid, area: area, state: state)
        }
    }
}
