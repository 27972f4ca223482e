import Foundation
import Testing

@testable import DijipilotCore

@Suite("Roadmap state, progress helpers, mastery view and comparison")
struct RoadmapStateTests {
    typealias L = RoadmapFixtures.L
    let t0 = RoadmapFixtures.day

    func item(_ id: String, _ week: Int, _ status: LessonStatus = .todo) -> RoadmapItem {
        RoadmapItem(
            lessonID: id, week: week, reason: "r \(id)", status: status,
            statusChangedAt: status == .todo ? nil : RoadmapFixtures.day,
            doneAt: status == .done ? RoadmapFixtures.day : nil)
    }

    @Test("a plan saved before long lessons ran over several weeks keeps one week each; only its last week spans")
    func spansOfAnOlderPlan() {
        let minutes = ["a": 200, "b": 30, "c": 150]
        // Numbered without gaps, as plans were before: "a" (200 min at 1 h) sat alone in week 1, "b" in week 2.
        let old = RoadmapState(
            generatedAt: t0, hoursPerWeek: 1, basedOnDiagnostic: "D1",
            items: [item("z", 0, .done), item("a", 1), item("b", 2), item("c", 3)])
        #expect(old.weekSpans { minutes[$0] ?? 0 } == [1: 1, 2: 1, 3: 3])
        #expect(old.lengthInWeeks { minutes[$0] ?? 0 } == 5)
        #expect(
            RoadmapState(generatedAt: t0, hoursPerWeek: 1, basedOnDiagnostic: "D1", items: []).lengthInWeeks { _ in 0 }
                == 0)
    }

    @Test(
        "a new weekly budget regroups the weeks in study order, keeps statuses, and leaves earlier-plan lessons in week 0"
    )
    func rebudget() {
        let minutes = ["a": 60, "b": 60, "c": 60, "d": 200, "e": 30, "z": 45]
        let state = RoadmapState(
            generatedAt: t0, hoursPerWeek: 1, basedOnDiagnostic: "D1",
            items: [
                item("z", 0, .done), item("a", 1, .done), item("b", 2), item("c", 3, .doing),
                item("d", 4), item("e", 5),
            ])
        let two = state.rebudgeted(hoursPerWeek: 2) { minutes[$0] ?? 0 }
        #expect(two.hoursPerWeek == 2)
        #expect(two.items.map(\.lessonID) == ["a", "b", "c", "d", "e", "z"])
        // 2 h: a+b fill week 1; c opens week 2, d (200 min) does not fit with it and takes weeks 3-4 alone.
        #expect(two.items.map(\.week) == [1, 1, 2, 3, 5, 0])
        #expect(two.items.map(\.status) == [.done, .todo, .doing, .todo, .todo, .done])
        let back = two.rebudgeted(hoursPerWeek: 1) { minutes[$0] ?? 0 }
        #expect(back.items.map(\.week) == [1, 2, 3, 4, 8, 0])

        var file = ProgressFile()
        file.roadmap = state
        let curriculum = RoadmapFixtures.curriculum([])
        let changed = file.setHoursPerWeek(100, curriculum: curriculum)
        #expect(changed)
        #expect(file.settings.hoursPerWeek == 40)
        #expect(file.roadmap?.hoursPerWeek == 40)
        let again = file.setHoursPerWeek(40, curriculum: curriculum)
        #expect(!again)
    }

    @Test("regenerating keeps done lessons done and carries over lessons in progress or skipped")
    func merge() {
        let old = RoadmapState(
            generatedAt: t0, hoursPerWeek: 3, basedOnDiagnostic: "D1",
            items: [
                item("a", 1, .done), item("b", 1, .doing), item("c", 2, .skipped), item("d", 2), item("e", 3, .done),
            ])
        let new = RoadmapState(
            generatedAt: t0.addingTimeInterval(86_400), hoursPerWeek: 2, basedOnDiagnostic: "D2",
            items: [item("b", 1), item("c", 1), item("f", 2), item("e", 2)])
        let merged = old.merged(with: new)
        #expect(merged.basedOnDiagnostic == "D2" && merged.hoursPerWeek == 2)
        #expect(merged.items.map(\.lessonID) == ["a", "b", "c", "f", "e"])
        #expect(merged.items.map(\.status) == [.done, .doing, .skipped, .todo, .done])
        #expect(merged.items.map(\.week) == [0, 1, 1, 2, 2])
        #expect(merged.items[0].doneAt == t0)
        #expect(merged.doneLessonIDs == ["a", "e"])
        #expect(merged.weekNumbers == [0, 1, 2])
    }

    @Test("a regenerated plan leaves out done lessons and keeps them in the merged state")
    func regenerate() throws {
        let lessons = [L(id: "A"), L(id: "B", prerequisites: ["A"]), L(id: "C")]
        let curriculum = RoadmapFixtures.curriculum(lessons)
        let states: [String: (CheckpointState, Double)] = [
            "A": (.missing, 0.1), "B": (.missing, 0.1), "C": (.missing, 0.1),
        ]
        var progress = ProgressFile()
        let first = progress.record(
            result: RoadmapFixtures.result(curriculum, states), answers: [], contentHash: "h", at: t0)
        progress.roadmap = RoadmapState(
            roadmap: RoadmapGenerator.generate(curriculum: curriculum, result: first.result),
            generatedAt: t0, basedOnDiagnostic: first.id)
        let changed1 = progress.setStatus(lessonID: "A", status: .done, at: t0)
        #expect(changed1)
        let second = progress.record(
            result: RoadmapFixtures.result(curriculum, states), answers: [], contentHash: "h",
            at: t0.addingTimeInterval(60))
        let plan = RoadmapGenerator.generate(
            curriculum: curriculum, result: second.result, done: progress.doneLessonIDs)
        #expect(!plan.entries.map(\.lessonID).contains("A"))
        progress.roadmap = progress.roadmap!.merged(
            with: RoadmapState(roadmap: plan, generatedAt: t0, basedOnDiagnostic: second.id))
        #expect(progress.doneLessonIDs == ["A"])
        #expect(progress.roadmap!.items.first { $0.lessonID == "A" }?.week == 0)
    }

    @Test("setStatus stamps the change, and doneAt only while done")
    func status() {
        var progress = ProgressFile()
        let changed2 = progress.setStatus(lessonID: "x", status: .done, at: t0)
        #expect(!changed2)
        progress.roadmap = RoadmapState(
            generatedAt: t0, hoursPerWeek: 3, basedOnDiagnostic: "D1", items: [item("x", 1)])
        let changed3 = progress.setStatus(lessonID: "x", status: .done, at: t0)
        #expect(changed3)
        #expect(progress.roadmap!.items[0].doneAt == t0 && progress.roadmap!.items[0].statusChangedAt == t0)
        let later = t0.addingTimeInterval(10)
        progress.setStatus(lessonID: "x", status: .doing, at: later)
        #expect(progress.roadmap!.items[0].doneAt == nil && progress.roadmap!.items[0].statusChangedAt == later)
        let changed4 = progress.setStatus(lessonID: "missing", status: .done, at: t0)
        #expect(!changed4)
    }

    @Test("record numbers diagnostics D1, D2, clears the one in progress; latestDiagnostic is the newest")
    func record() {
        var progress = ProgressFile()
        progress.inProgress = InProgressDiagnostic(startedAt: t0, contentHash: "h", seed: 1, maxQuestions: 10)
        let result = RoadmapFixtures.result(RoadmapFixtures.curriculum([L(id: "A")]), [:])
        let d1 = progress.record(result: result, answers: [], contentHash: "h", at: t0.addingTimeInterval(100))
        let d2 = progress.record(result: result, answers: [], contentHash: "h", at: t0)
        #expect(d1.id == "D1" && d2.id == "D2")
        #expect(progress.inProgress == nil)
        #expect(progress.latestDiagnostic?.id == "D1")
        #expect(ProgressFile().latestDiagnostic == nil)
    }

    @Test("an empty note removes the note")
    func notes() {
        var progress = ProgressFile()
        progress.setNote("call the bank", lessonID: "6.1")
        #expect(progress.notes["6.1"] == "call the bank")
        progress.setNote("  ", lessonID: "6.1")
        #expect(progress.notes.isEmpty)
    }

    @Test("the mastery view shows done lessons as learned and counts them in the scores; unread lessons count in none")
    func masteryView() {
        let curriculum = RoadmapFixtures.curriculum([L(id: "A"), L(id: "B"), L(id: "C"), L(id: "D")])
        var result = RoadmapFixtures.result(
            curriculum, ["A": (.mastered, 0.9), "B": (.missing, 0.1), "C": (.uncertain, 0.5)])
        result.checkpoints.removeAll { $0.id == "D" }
        let view = MasteryView(curriculum: curriculum, result: result, done: ["A", "B"])
        #expect(view.states == [.mastered, .learned, .uncertain, .notAssessed])
        #expect(view.state(of: "B") == .learned && view.state(of: "nope") == .notAssessed)
        // D has no reading: it is left out of the mean rather than counted as 0.
        #expect(abs(view.programScores[0].mastery - (0.9 + 1 + 0.5) / 3) < 1e-9)
        #expect(view.counts[.learned] == 1 && view.counts[.missing] == 0)
        #expect(MasteryView(curriculum: curriculum, result: nil).states.allSatisfy { $0 == .notAssessed })
    }

    @Test("compare lists each program's mastery before and after")
    func compare() {
        func result(_ scores: [(String, Double)]) -> DiagnosticResult {
            DiagnosticResult(
                questionsAsked: 1, finishedEarly: false, checkpoints: [],
                programs: scores.map { MasteryScore(id: $0.0, title: "T\($0.0)", mastery: $0.1) },
                missions: [], modules: [], gaps: [])
        }
        let changes = DiagnosticComparison.compare(
            result([("1", 0.2), ("2", 0.5), ("old", 0.3)]), result([("1", 0.6), ("2", 0.5), ("new", 0.1)]))
        #expect(changes.map(\.programID) == ["1", "2", "new", "old"])
        #expect(abs(changes[0].change! - 0.4) < 1e-9)
        #expect(changes[1].change == 0)
        #expect(changes[2].before == nil && changes[2].change == nil)
        #expect(changes[3].after == nil)
    }

    @Test("answer evidence lists the answers that rated a checkpoint half or less, with question numbers")
    func evidence() {
        let bank = QuestionBank(questions: [
            Question(
                id: "q1", prompt: "p", checkpoints: ["A", "B"],
                options: [
                    AnswerOption(label: "Yes", evidence: ["A": 1, "B": 1]),
                    AnswerOption(label: "Partly", evidence: ["A": 0.5, "B": 1]),
                ]),
            Question(
                id: "q2", prompt: "p", checkpoints: ["A"], options: [AnswerOption(label: "No", evidence: ["A": 0])]),
        ])
        let evidence = AnswerEvidence(
            answers: [
                RecordedAnswer(questionID: "q1", choice: 1), RecordedAnswer(questionID: "q2", choice: 0),
                RecordedAnswer(questionID: "q2", choice: 1), RecordedAnswer(questionID: "gone", choice: 0),
            ],
            bank: bank)
        #expect(evidence("A").map(\.questionNumber) == [1, 2])
        #expect(evidence("A").map(\.label) == ["Partly", "No"])
        #expect(evidence("B").isEmpty)
    }
}
