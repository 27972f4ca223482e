import DijipilotCore
import Foundation
import Testing

@testable import DijipilotTUI

@Suite("Done-when walk")
struct DoneWhenScreenTests {
    func press(_ key: Key, _ state: inout AppState) -> [Effect] { AppUpdate.update(&state, .key(key)) }

    /// The roadmap with the walk opened by Space on its first lesson, and that lesson's id and criteria.
    func walking() throws -> (state: AppState, id: String, criteria: [String]) {
        var state = RoadmapFixture.onRoadmap(try RoadmapFixture.diagnosed())
        let id = RoadmapListing(state.progress.roadmap, curriculum: state.course.curriculum).items[0].lessonID
        _ = press(.character(" "), &state)
        #expect(state.route == .doneWhen)
        return (state, id, try #require(state.course.curriculum.lesson(id)?.work?.doneWhen))
    }

    func status(_ id: String, _ state: AppState) -> LessonStatus? {
        state.progress.roadmap?.items.first { $0.lessonID == id }?.status
    }

    @Test("Space ticks the selected criterion, saves, records when, and moves on to the next open one")
    func tick() throws {
        var (state, id, _) = try walking()
        #expect(press(.character(" "), &state) == [.saveProgress])
        #expect(state.progress.doneWhen[id]?.ticks == [CriterionTick(criterion: 0, at: RoadmapFixture.now)])
        #expect(state.doneWhenWalk.selected == 1)
        #expect(status(id, state) == .doing)
        #expect(AppView.render(state).text.contains("1. [x] "))
        #expect(state.message?.text.contains("1 of") == true)
    }

    @Test("a number key ticks that criterion; again, it unticks it")
    func untick() throws {
        var (state, id, _) = try walking()
        _ = press(.character("2"), &state)
        #expect(state.progress.doneWhen[id]?.isTicked(1) == true)
        _ = press(.character("2"), &state)
        #expect(state.progress.doneWhen[id] == nil)
        #expect(state.message?.text.contains("unticked") == true)
    }

    @Test("every criterion ticked: the lesson is done and learned in the heatmap's view")
    func allTicked() throws {
        var (state, id, criteria) = try walking()
        for n in 1...criteria.count { _ = press(.character(Character("\(n)")), &state) }
        #expect(status(id, state) == .done)
        #expect([.learned, .mastered].contains(state.mastery.state(of: id)))
        #expect(state.message?.text.contains("counts as learned") == true)
    }

    @Test("a marks it done anyway: done on the roadmap, shown apart ([▚]), not learned")
    func doneAnyway() throws {
        var (state, id, _) = try walking()
        _ = press(.character("1"), &state)
        #expect(press(.character("a"), &state) == [.saveProgress])
        #expect(status(id, state) == .done)
        #expect(state.progress.doneAnywayLessonIDs == [id])
        #expect(state.mastery.state(of: id) == .doneAnyway)
        #expect(AppView.render(state).text.contains("marked done anyway"))
        _ = press(.escape, &state)
        #expect(state.route == .roadmap)
        #expect(AppView.render(state).text.contains("[▚] \(id)"))
    }

    @Test("Esc keeps the ticks; after a save, a quit and a new start the walk resumes on the first open criterion")
    func resumeAfterQuit() throws {
        var (state, id, _) = try walking()
        _ = press(.character(" "), &state)
        _ = press(.escape, &state)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dijipilot-walk-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ProgressStore(url: folder.appendingPathComponent("progress.json"))
        try store.save(state.progress)

        var again = AppState(
            course: state.course, progress: try store.load(), usesColor: false, now: RoadmapFixture.now)
        _ = press(.character("r"), &again)
        _ = press(.character(" "), &again)
        #expect(again.route == .doneWhen)
        #expect(again.progress.doneWhen[id]?.isTicked(0) == true)
        #expect(again.doneWhenWalk.selected == 1)
        #expect(AppView.render(again).text.contains("1. [x] "))
    }

    @Test("read-only: ticks are refused with the reason")
    func readOnly() throws {
        var (state, id, _) = try walking()
        state.readOnlyReason = "another Dijipilot holds the progress file"
        #expect(press(.character(" "), &state).isEmpty)
        #expect(state.progress.doneWhen[id] == nil)
        #expect(state.message?.kind == .error)
    }

    @Test("the lesson pane shows ticked criteria as [x]")
    func lessonPaneBoxes() throws {
        var state = try TreeFixture.state(width: 120, height: 40, diagnosed: true)
        state.progress.toggleCriterion(1, of: "6.12.1.1", count: 3, at: TreeFixture.now)
        let lines = LessonDetail.lines(
            lesson: TreeFixture.index("6.12.1.1", state), width: 100, app: state, ctx: TreeContext(state)
        ).map { $0.spans.map(\.text).joined() }
        let boxes = lines.filter { $0.hasPrefix("  [x] ") || $0.hasPrefix("  [ ] ") }.map { String($0.prefix(6)) }
        #expect(boxes == ["  [ ] ", "  [x] ", "  [ ] "])
    }

    @Test("snapshot 80×24: the walk with one criterion ticked")
    func snapshot80() throws {
        var (state, _, _) = try walking()
        _ = press(.character(" "), &state)
        try ScreenSnapshot.check(state, named: "done-when-80x24")
    }

    @Test("snapshot 120×40: the walk with one criterion ticked")
    func snapshot120() throws {
        var state = RoadmapFixture.onRoadmap(try RoadmapFixture.diagnosed(), width: 120, height: 40)
        _ = press(.character(" "), &state)
        _ = press(.character("2"), &state)
        try ScreenSnapshot.check(state, named: "done-when-120x40")
    }

    @Test("snapshot 80×24 and 120×40: the lesson pane with a ticked criterion and the template key")
    func lessonSnapshots() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            var state = try TreeFixture.state(width: w, height: h, diagnosed: true)
            state.progress.toggleCriterion(0, of: "6.12.1.1", count: 3, at: TreeFixture.now)
            state.openLesson("6.12.1.1")
            // Scrolled to the Done-when section, where a founder looks after ticking.
            for _ in 0..<(w == 80 ? 4 : 2) { TreeFixture.press([.pageDown], &state) }
            if w == 120 { for _ in 0..<20 { TreeFixture.press([.down], &state) } }
            try TreeFixture.checkSnapshot(state, "lesson-done-when-\(w)x\(h)")
        }
    }
}

@Suite("Template export from the app")
struct TemplateExportTests {
    @Test("t in the lesson pane asks for the template to be written; a lesson without one says so")
    func key() throws {
        var state = try TreeFixture.state(width: 120, height: 40, diagnosed: true)
        state.openLesson("6.12.1.1")
        #expect(TreeFixture.press([.character("t")], &state) == [.writeTemplate(lessonID: "6.12.1.1")])
        let without = state.course.curriculum.lessons.first { $0.work?.template == nil }
        if let without {
            state.openLesson(without.id)
            #expect(TreeFixture.press([.character("t")], &state).isEmpty)
            #expect(state.message?.text.contains("no template") == true)
        }
        _ = AppUpdate.update(&state, .templateWritten(StatusMessage("Wrote x.md")))
        #expect(state.message?.text == "Wrote x.md")
    }

    @Test("writes the template into the folder under its own name, and never over an existing file")
    func noOverwrite() throws {
        let course = try TestCourse.load()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dijipilot-tpl-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("6.12.1.1-continuity-plan.md")

        guard
            case .templateWritten(let first) = TemplateWriting.perform(
                lessonID: "6.12.1.1", course: course, folder: folder)
        else { Issue.record("no outcome"); return }
        #expect(first.kind == .info)
        #expect(first.text.contains("6.12.1.1-continuity-plan.md"))
        #expect(FileManager.default.fileExists(atPath: file.path))

        try Data("mine".utf8).write(to: file)
        guard
            case .templateWritten(let second) = TemplateWriting.perform(
                lessonID: "6.12.1.1", course: course, folder: folder)
        else { Issue.record("no outcome"); return }
        #expect(second.kind == .error)
        #expect(second.text.contains("already exists"))
        #expect(FileManager.default.contents(atPath: file.path) == Data("mine".utf8))
    }
}
