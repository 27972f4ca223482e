import DijipilotCore
import Foundation

/// Starting, answering, going back and finishing a diagnostic: the state changes behind the diagnostic screen,
/// also usable from other screens (Home's "resume").
extension AppState {
    /// The diagnostic under way that can be resumed: answers given on this very course content.
    public var resumableDiagnostic: InProgressDiagnostic? {
        guard let saved = progress.inProgress, saved.contentHash == course.contentHash, !saved.answers.isEmpty else {
            return nil
        }
        return saved
    }

    /// Starts a diagnostic: resuming the saved one (same seed and limit) or a fresh one. A fresh start keeps
    /// the saved answers in the file until the first new answer replaces them, so nothing is lost by looking.
    public mutating func startDiagnostic(resume: Bool) -> [Effect] {
        if let reason = readOnlyReason {
            message = StatusMessage("Read-only (\(reason)): the diagnostic cannot be started.", kind: .error)
            return []
        }
        var effects: [Effect] = []
        if resume, let saved = resumableDiagnostic {
            let config = DiagnosticConfig(maxQuestions: saved.maxQuestions, confidence: self.config.confidence,
                                          seed: saved.seed)
            session = DiagnosticSession(course: course, config: config, answers: saved.answers)
            diagnostic.startedAt = saved.startedAt
        } else {
            session = DiagnosticSession(course: course, config: config)
            diagnostic.startedAt = now
            if resumableDiagnostic == nil {
                progress.inProgress = InProgressDiagnostic(startedAt: now, contentHash: course.contentHash,
                                                           seed: config.seed, maxQuestions: config.maxQuestions)
                effects = [.saveProgress]
            }
        }
        diagnostic.selectedChoice = 0
        diagnostic.confirmingFinish = false
        diagnostic.sittingStart = now
        diagnostic.answersAtSittingStart = session?.answers.count ?? 0
        if session?.isFinished == true { return completeDiagnostic() }
        return effects
    }

    /// Answers with the option shown at `shownPosition` (0-based, in the session's shuffled order).
    public mutating func answerDiagnostic(shownPosition: Int) -> [Effect] {
        guard let order = session?.shownOrder, order.indices.contains(shownPosition) else { return [] }
        return answerDiagnostic(choice: order[shownPosition])
    }

    /// Answers the current question with `choice` (its index in `question.choices`); finishing the diagnostic when that was the last one.
    public mutating func answerDiagnostic(choice: Int) -> [Effect] {
        guard var current = session, let question = current.currentQuestion,
              question.choices.indices.contains(choice) else { return [] }
        if let reason = readOnlyReason {
            message = StatusMessage("Read-only (\(reason)): answers cannot be saved.", kind: .error)
            return []
        }
        do { try current.answer(choice: choice) } catch { return [] }
        session = current
        diagnostic.selectedChoice = 0
        saveDiagnosticAnswers()
        if current.isFinished { return completeDiagnostic() }
        return [.saveProgress]
    }

    /// Goes back one question, showing the answer that was given there.
    public mutating func diagnosticBack() -> [Effect] {
        guard var current = session, let last = current.answers.last else {
            message = StatusMessage("This is the first question.")
            return []
        }
        current.back()
        session = current
        diagnostic.selectedChoice = current.shownOrder.firstIndex(of: last.choice) ?? 0
        diagnostic.answersAtSittingStart = min(diagnostic.answersAtSittingStart, current.answers.count)
        saveDiagnosticAnswers()
        return readOnlyReason == nil ? [.saveProgress] : []
    }

    /// Stops asking and records the result from the answers so far.
    public mutating func finishDiagnosticEarly() -> [Effect] {
        guard var current = session else { return [] }
        current.finish()
        session = current
        return completeDiagnostic()
    }

    /// Records the finished session (and a fresh roadmap), then shows the results in place of the diagnostic.
    mutating func completeDiagnostic() -> [Effect] {
        guard let finished = session else { return [] }
        if let reason = readOnlyReason {
            message = StatusMessage("Read-only (\(reason)): the result cannot be saved.", kind: .error)
            return []
        }
        progress.complete(session: finished, course: course, at: now)
        session = nil
        diagnostic = DiagnosticScreenState()
        results = ResultsState()
        // The roadmap was rebuilt (it can be shorter): its screen starts at the top of the new plan.
        roadmap = RoadmapScreenState()
        if let i = routes.lastIndex(of: .diagnostic) {
            routes[i] = .results
            routes = Array(routes.prefix(i + 1))
        } else {
            push(.results)
        }
        // Taken again from the results screen: one results screen on the stack is enough.
        routes = routes.reduce(into: []) { kept, route in if kept.last != route { kept.append(route) } }
        return [.saveProgress]
    }

    /// Mirrors the session's answers into `progress.inProgress` (the run loop saves it).
    private mutating func saveDiagnosticAnswers() {
        guard let current = session else { return }
        progress.inProgress = InProgressDiagnostic(
            startedAt: diagnostic.startedAt ?? now, contentHash: course.contentHash, answers: current.answers,
            seed: current.config.seed, maxQuestions: current.config.maxQuestions)
    }
}
