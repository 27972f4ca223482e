import DijipilotCore
import Foundation

/// Starting, answering, going back and finishing a diagnostic: the state changes behind the diagnostic screen.
/// The session itself lives in `AppState.session` (Home reads it to offer a resume); the screen's own state is
/// the selection and the sitting's pace.
enum DiagnosticFlow {
    /// Starts a diagnostic: resuming the saved one (same seed and limit) or a fresh one. A fresh start keeps
    /// the saved answers in the file until the first new answer replaces them, so nothing is lost by looking.
    static func start(resume: Bool, _ screen: inout DiagnosticScreenState, _ app: inout AppState) -> [Effect] {
        if let reason = app.readOnlyReason {
            app.message = StatusMessage("Read-only (\(reason)): the diagnostic cannot be started.", kind: .error)
            return []
        }
        var effects: [Effect] = []
        app.recheck = nil
        if resume, let saved = app.resumableDiagnostic {
            let config = DiagnosticConfig(
                maxQuestions: saved.maxQuestions, confidence: app.config.confidence,
                seed: saved.seed)
            app.session = DiagnosticSession(
                course: app.course, config: config, answers: saved.answers, profile: app.progress.profile.business)
            screen.startedAt = saved.startedAt
        } else {
            app.session = DiagnosticSession(
                course: app.course, config: app.config, profile: app.progress.profile.business)
            screen.startedAt = app.now
            if app.resumableDiagnostic == nil {
                app.progress.inProgress = InProgressDiagnostic(
                    startedAt: app.now, contentHash: app.course.contentHash,
                    seed: app.config.seed,
                    maxQuestions: app.config.maxQuestions)
                effects = [.saveProgress]
            }
        }
        screen.selectedChoice = 0
        screen.confirmingFinish = false
        screen.sittingStart = app.now
        screen.answersAtSittingStart = app.session?.answers.count ?? 0
        if app.session?.isFinished == true { return complete(&screen, &app) }
        return effects
    }

    /// Starts a focused re-check (issue 14) in the diagnostic screen: only questions probing `focus`, at most 8,
    /// built on the latest diagnostic's answers. Nothing is saved until it finishes. A focus with nothing to
    /// check says why in the message line.
    static func startRecheck(_ focus: RecheckFocus, _ app: inout AppState) -> [Effect] {
        if let reason = app.readOnlyReason {
            app.message = StatusMessage("Read-only (\(reason)): a re-check cannot be started.", kind: .error)
            return []
        }
        do {
            let (session, ids) = try app.progress.recheckSession(
                focus: focus, course: app.course, now: app.now, seed: app.config.seed)
            app.session = session
            app.recheck = PendingRecheck(focus: focus, checkpoints: ids)
            return [.show(.diagnostic)]
        } catch {
            app.message = StatusMessage(
                "No re-check: \((error as? RecheckError)?.errorDescription ?? "\(error)").", kind: .error)
            return []
        }
    }

    /// Answers with the option shown at `shownPosition` (0-based, in the session's shuffled order).
    static func answer(shownPosition: Int, _ screen: inout DiagnosticScreenState, _ app: inout AppState) -> [Effect] {
        guard let order = app.session?.shownOrder, order.indices.contains(shownPosition) else { return [] }
        return answer(choice: order[shownPosition], &screen, &app)
    }

    /// Answers the current question with `choice` (its index in `question.choices`); finishing the diagnostic
    /// when that was the last one.
    static func answer(choice: Int, _ screen: inout DiagnosticScreenState, _ app: inout AppState) -> [Effect] {
        guard var current = app.session, let question = current.currentQuestion,
            question.choices.indices.contains(choice)
        else { return [] }
        if let reason = app.readOnlyReason {
            app.message = StatusMessage("Read-only (\(reason)): answers cannot be saved.", kind: .error)
            return []
        }
        do { try current.answer(choice: choice) } catch { return [] }
        app.session = current
        screen.selectedChoice = 0
        if app.recheck == nil { saveAnswers(screen, &app) }
        if current.isFinished { return complete(&screen, &app) }
        return app.recheck == nil ? [.saveProgress] : []
    }

    /// Goes back one question, showing the answer that was given there.
    static func back(_ screen: inout DiagnosticScreenState, _ app: inout AppState) -> [Effect] {
        guard var current = app.session, let last = current.answers.last else {
            app.message = StatusMessage("This is the first question.")
            return []
        }
        current.back()
        app.session = current
        screen.selectedChoice = current.shownOrder.firstIndex(of: last.choice) ?? 0
        screen.answersAtSittingStart = min(screen.answersAtSittingStart, current.answers.count)
        guard app.recheck == nil else { return [] }
        saveAnswers(screen, &app)
        return app.readOnlyReason == nil ? [.saveProgress] : []
    }

    /// Stops asking and records the result from the answers so far.
    static func finishEarly(_ screen: inout DiagnosticScreenState, _ app: inout AppState) -> [Effect] {
        guard var current = app.session else { return [] }
        current.finish()
        app.session = current
        return complete(&screen, &app)
    }

    /// Records the finished session (and a fresh roadmap), then shows the results in place of the diagnostic.
    static func complete(_ screen: inout DiagnosticScreenState, _ app: inout AppState) -> [Effect] {
        guard let finished = app.session else { return [] }
        if let reason = app.readOnlyReason {
            app.message = StatusMessage("Read-only (\(reason)): the result cannot be saved.", kind: .error)
            return []
        }
        if let pending = app.recheck {
            let record = app.progress.completeRecheck(
                session: finished, focus: pending.focus, checkpoints: pending.checkpoints, course: app.course,
                at: app.now)
            app.message = StatusMessage(
                "Re-check done: \(record.answers.count) questions, \(record.moves.count) checkpoints moved, "
                    + "\(record.confirmed.count) done lessons confirmed, \(record.contradicted.count) back on the roadmap."
            )
            app.recheck = nil
        } else {
            app.progress.complete(session: finished, course: app.course, at: app.now)
        }
        app.session = nil
        screen = DiagnosticScreenState()
        return [.announce(.diagnosticRecorded), .replaceTop(with: .results), .saveProgress]
    }

    /// Mirrors the session's answers into `progress.inProgress` (the run loop saves it).
    private static func saveAnswers(_ screen: DiagnosticScreenState, _ app: inout AppState) {
        guard let current = app.session else { return }
        app.progress.inProgress = InProgressDiagnostic(
            startedAt: screen.startedAt ?? app.now, contentHash: app.course.contentHash, answers: current.answers,
            seed: current.config.seed, maxQuestions: current.config.maxQuestions)
    }
}
