import DijipilotCore
import Foundation
import Testing

@testable import DijipilotTUI

@Suite("the diagnostic screen")
struct DiagnosticScreenTests {
    typealias F = DiagnosticFixture

    @Test("d from Home shows the intro; Enter starts a session and saves an empty diagnostic in progress")
    func start() throws {
        var state = try F.state()
        F.press([.character("d")], &state)
        #expect(state.route == .diagnostic)
        #expect(state.session?.answers == nil)
        #expect(AppView.render(state).text.contains("Start the diagnostic"))
        let effects = F.press([.enter], &state)
        #expect(effects == [.saveProgress])
        #expect(state.session?.currentQuestion != nil)
        #expect(state.progress.inProgress?.startedAt == F.now)
        #expect(state.progress.inProgress?.answers == [])
        #expect(state.progress.inProgress?.contentHash == state.course.contentHash)
        #expect(AppView.render(state).text.contains("Question 1"))
    }

    @Test("a number key selects and answers that option, and the answer is saved")
    func numberKeysAnswer() throws {
        var state = try F.state()
        F.press([.character("d"), .enter], &state)
        let first = try #require(state.session?.currentQuestion)
        // Key 2 is the second option shown; the answer records that option's place in the data.
        let second = try #require(state.session?.shownOrder[1])
        let effects = F.press("2", &state)
        #expect(effects == [.saveProgress])
        #expect(state.session?.answers == [RecordedAnswer(questionID: first.id, choice: second)])
        #expect(state.progress.inProgress?.answers == state.session?.answers)
        #expect(state.session?.questionNumber == 2)
        #expect(state.diagnostic.selectedChoice == 0)
    }

    @Test("before the first answer the screen says where the checkpoints already decided come from")
    func decidedBeforeAnswers() throws {
        var state = try F.state()
        F.press([.character("d"), .enter], &state)
        let note = "Decided before any answer: from your profile and what is typical."
        #expect(try #require(state.session).progress.decided > 0, "the starting estimate decides some checkpoints")
        #expect(AppView.render(state).text.contains(note))
        F.press([.character("f")], &state)
        #expect(!AppView.render(state).text.contains(note), "the finish question takes that row")
        F.press([.character("n")], &state)
        #expect(AppView.render(state).text.contains(note))
        F.press("1", &state)
        #expect(!AppView.render(state).text.contains(note))
    }

    @Test("a number beyond the options does nothing")
    func numberOutOfRange() throws {
        var state = try F.state()
        F.press([.character("d"), .enter], &state)
        let count = try #require(state.session?.currentQuestion?.choices.count)
        if count < 6 {
            F.press([.character(Character(String(count + 1)))], &state)
            #expect(state.session?.answers.isEmpty == true)
        }
    }

    @Test("↓ and Enter answer the selected option; ↑ stops at the first")
    func arrowsAndEnter() throws {
        var state = try F.state()
        F.press([.character("d"), .enter, .up, .down, .down, .character("k")], &state)
        #expect(state.diagnostic.selectedChoice == 1)
        let second = try #require(state.session?.shownOrder[1])
        F.press([.enter], &state)
        #expect(state.session?.answers.first?.choice == second)
    }

    @Test("back shows the previous question again with its answer selected")
    func back() throws {
        var state = try F.state()
        F.press([.character("d"), .enter], &state)
        F.press("3", &state)
        let second = try #require(state.session?.currentQuestion)
        F.press("2", &state)
        #expect(state.session?.questionNumber == 3)
        let effects = F.press([.left], &state)
        #expect(effects == [.saveProgress])
        #expect(state.session?.currentQuestion?.id == second.id)
        #expect(state.session?.questionNumber == 2)
        #expect(state.diagnostic.selectedChoice == 1)
        #expect(state.progress.inProgress?.answers.count == 1)
        F.press([.backspace], &state)
        #expect(state.session?.questionNumber == 1)
        #expect(state.diagnostic.selectedChoice == 2)
        F.press([.left], &state)
        #expect(state.session?.questionNumber == 1)
        #expect(state.message?.text == "This is the first question.")
    }

    @Test("f asks for confirmation: n keeps going, y finishes early and shows the results")
    func finishEarly() throws {
        var state = try F.state()
        F.press([.character("d"), .enter], &state)
        F.press("12", &state)
        F.press("f", &state)
        #expect(state.diagnostic.confirmingFinish)
        #expect(AppView.render(state).text.contains("Finish now? Results will be less certain (y/n)"))
        F.press([.escape], &state)
        #expect(state.route == .diagnostic)
        #expect(!state.diagnostic.confirmingFinish)
        #expect(state.session?.answers.count == 2)
        F.press("f", &state)
        let effects = F.press("y", &state)
        #expect(effects == [.saveProgress])
        #expect(state.route == .results)
        #expect(state.routes == [.home, .results])
        #expect(state.session?.answers == nil)
        #expect(state.progress.inProgress == nil)
        let record = try #require(state.progress.latestDiagnostic)
        #expect(record.result.finishedEarly)
        #expect(record.answers.count == 2)
        #expect(AppView.render(state).text.contains("finished early: less certain"))
    }

    @Test("Esc leaves to Home with the answers kept in progress.inProgress")
    func escapeKeepsAnswers() throws {
        var state = try F.state()
        F.press([.character("d"), .enter], &state)
        F.press("21", &state)
        F.press([.escape], &state)
        #expect(state.route == .home)
        #expect(state.progress.inProgress?.answers.count == 2)
    }

    @Test("a saved diagnostic is resumed by default with its answers, seed and start time")
    func resume() throws {
        var first = try F.state()
        F.press([.character("d"), .enter], &first)
        F.press("213", &first)
        let saved = try #require(first.progress.inProgress)
        let question4 = first.session?.currentQuestion?.id

        // A new run of the app, an hour later.
        var state = try F.state(progress: first.progress, now: F.now.addingTimeInterval(3600))
        F.press([.character("d")], &state)
        #expect(AppView.render(state).text.contains("Resume (3 answered)"))
        F.press([.enter], &state)
        #expect(state.session?.answers == saved.answers)
        #expect(state.session?.currentQuestion?.id == question4)
        #expect(state.diagnostic.startedAt == F.now)
        F.press("1", &state)
        #expect(state.progress.inProgress?.startedAt == F.now)
        #expect(state.progress.inProgress?.answers.count == 4)
    }

    @Test("start over keeps the saved answers until the first new answer replaces them")
    func startOver() throws {
        var first = try F.state()
        F.press([.character("d"), .enter], &first)
        F.press("22", &first)
        var state = try F.state(progress: first.progress, now: F.now.addingTimeInterval(60))
        F.press([.character("d"), .character("n")], &state)
        #expect(state.session?.answers.isEmpty == true)
        #expect(state.progress.inProgress?.answers.count == 2)
        F.press([.escape], &state)
        #expect(state.progress.inProgress?.answers.count == 2)
        // Coming back continues the new session where it stood.
        F.press([.character("d")], &state)
        #expect(state.session?.questionNumber == 1)
        F.press("1", &state)
        #expect(state.progress.inProgress?.answers.count == 1)
        #expect(state.progress.inProgress?.startedAt == F.now.addingTimeInterval(60))
    }

    @Test("answering to the end records a diagnostic and a roadmap and routes to the results")
    func completion() throws {
        var state = try F.state()
        F.press([.character("d"), .enter], &state)
        var guardCount = 0
        while state.session != nil && guardCount < 100 { F.press("1", &state); guardCount += 1 }
        #expect(state.session?.answers == nil)
        #expect(state.routes == [.home, .results])
        #expect(state.progress.diagnostics.count == 1)
        #expect(state.progress.inProgress == nil)
        let record = try #require(state.progress.latestDiagnostic)
        #expect(record.takenAt == F.now)
        #expect(record.contentHash == state.course.contentHash)
        #expect(state.progress.roadmap?.basedOnDiagnostic == record.id)
        #expect(state.progress.roadmap?.items.isEmpty == false)
    }

    @Test("a second diagnostic keeps the roadmap lessons marked done")
    func roadmapMerge() throws {
        var state = try F.state()
        F.scriptedDiagnostic(&state)
        let lesson = try #require(state.progress.roadmap?.items.first?.lessonID)
        state.progress.setStatus(lessonID: lesson, status: .done, at: F.now)
        F.press([.character("d"), .enter], &state)
        #expect(state.route == .diagnostic)
        F.press("fy", &state)
        #expect(state.routes == [.home, .results])
        #expect(state.progress.diagnostics.map(\.id) == ["D1", "D2"])
        #expect(state.progress.roadmap?.basedOnDiagnostic == "D2")
        #expect(state.progress.doneLessonIDs.contains(lesson))
    }

    @Test("read-only: the intro says why and Enter does not start")
    func readOnly() throws {
        var state = try F.state()
        state.readOnlyReason = "another Dijipilot is open"
        F.press([.character("d")], &state)
        #expect(AppView.render(state).text.contains("Read-only: another Dijipilot is open"))
        let effects = F.press([.enter], &state)
        #expect(effects.isEmpty)
        #expect(state.session?.answers == nil)
        #expect(state.progress.inProgress == nil)
        #expect(state.message?.kind == .error)
    }

    @Test("the estimate uses the pace of the answers so far")
    func timeEstimate() throws {
        var state = try F.state()
        F.press([.character("d"), .enter], &state)
        let start = try #require(state.session?.progress)
        #expect(
            QuestionView.timeLine(screen: state.diagnostic, now: state.now, progress: start).hasPrefix(
                "elapsed 0:00 · ~"))
        F.press("1111", &state, secondsEach: 30)
        let progress = try #require(state.session?.progress)
        let remaining = progress.estimatedTotal - progress.answered
        let minutes = Int((Double(remaining) * 30 / 60).rounded(.up))
        #expect(
            QuestionView.timeLine(screen: state.diagnostic, now: state.now, progress: progress)
                == "elapsed 2:00 · ~\(minutes) min left")
    }

    @Test("a click selects an option, a second click on it answers")
    func mouse() throws {
        var state = try F.state()
        F.press([.character("d"), .enter], &state)
        let question = try #require(state.session?.currentQuestion)
        let layout = QuestionLayout(
            question: question, confirmingFinish: state.diagnostic.confirmingFinish,
            area: AppView.contentArea(state))
        let labels = QuestionView.shownLabels(question, state)
        let second = try #require(state.session?.shownOrder[1])
        let row = OptionList.lines(labels, width: layout.options.width).firstIndex { $0.option == 1 }!
        F.press([.mouse(x: layout.options.x + 6, y: layout.options.y + row, kind: .click)], &state)
        #expect(state.diagnostic.selectedChoice == 1)
        #expect(state.session?.answers.isEmpty == true)
        F.press([.mouse(x: layout.options.x + 6, y: layout.options.y + row, kind: .click)], &state)
        #expect(state.session?.answers.first?.choice == second)
    }

    @Test("long options wrap with a hanging indent under their text")
    func hangingIndent() {
        let lines = OptionList.lines(["one two three four five", "six"], width: 15)
        #expect(lines.map(\.text) == ["one two", "three four", "five", "six"])
        #expect(lines.map(\.isFirst) == [true, false, false, true])
        var grid = Grid(width: 15, height: 4)
        OptionList(
            options: ["one two three four five", "six"], selected: 1, selectedStyle: .reverse, numberStyle: .bold,
            subtleStyle: .dim
        ).render(into: &grid, area: grid.bounds)
        #expect(
            grid.lines.map { String($0.prefix(11)) } == ["  1  one tw", "     three ", "     five  ", "▸ 2  six   "])
        #expect(grid.cursor?.y == 3)
    }

    @Test("the ProgressFile completion is the same for the headless assess")
    func coreCompletion() throws {
        let course = try TestCourse.load()
        var session = DiagnosticSession(course: course)
        try session.answer(choice: 0)
        session.finish()
        var progress = ProgressFile()
        progress.inProgress = InProgressDiagnostic(
            startedAt: F.now, contentHash: course.contentHash, seed: 0,
            maxQuestions: 30)
        let record = progress.complete(session: session, course: course, at: F.now)
        #expect(record.id == "D1")
        #expect(progress.inProgress == nil)
        #expect(progress.roadmap?.basedOnDiagnostic == "D1")
        #expect(progress.roadmap?.generatedAt == F.now)
    }
}

@Suite("diagnostic snapshots")
struct DiagnosticSnapshotTests {
    typealias F = DiagnosticFixture

    @Test("the intro at 80×24")
    func intro() throws {
        var state = try F.state()
        F.press([.character("d")], &state)
        let diff = try DiagnosticSnapshot.check(state, "diagnostic-intro-80x24.txt")
        #expect(diff == nil, "\(diff ?? "")")
    }

    @Test("the intro offering to resume, at 80×24")
    func introResume() throws {
        var first = try F.state()
        F.press([.character("d"), .enter], &first)
        F.press("1212", &first)
        var state = try F.state(progress: first.progress)
        F.press([.character("d")], &state)
        let diff = try DiagnosticSnapshot.check(state, "diagnostic-intro-resume-80x24.txt")
        #expect(diff == nil, "\(diff ?? "")")
    }

    /// Question 3 after two answers (20 s each) and a move down.
    static func questionState(width: Int, height: Int) throws -> AppState {
        var state = try F.state(width: width, height: height)
        F.press([.character("d"), .enter], &state)
        F.press("12", &state, secondsEach: 20)
        F.press([.down], &state)
        return state
    }

    @Test("a question at 80×24")
    func question80() throws {
        let diff = try DiagnosticSnapshot.check(Self.questionState(width: 80, height: 24), "question-80x24.txt")
        #expect(diff == nil, "\(diff ?? "")")
    }

    @Test("a question at 120×40")
    func question120() throws {
        let diff = try DiagnosticSnapshot.check(Self.questionState(width: 120, height: 40), "question-120x40.txt")
        #expect(diff == nil, "\(diff ?? "")")
    }

    @Test("every question fits at the minimum size without drawing outside")
    func minimumSize() throws {
        var state = try F.state(width: 60, height: 18)
        F.press([.character("d"), .enter], &state)
        for _ in 0..<30 where state.session != nil {
            let grid = AppView.render(state)
            let text = grid.text
            #expect(text.contains("Question \(state.session!.questionNumber)"))
            #expect(text.contains("Checkpoints decided"))
            F.press([.down, .down, .down, .down, .down], &state)
            #expect(AppView.render(state).cursor != nil)
            F.press("1", &state)
        }
    }
}
