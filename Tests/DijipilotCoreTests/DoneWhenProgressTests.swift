import Foundation
import Testing

@testable import DijipilotCore

@Suite("Done-when criteria in the progress file")
struct DoneWhenProgressTests {
    static let day = RoadmapFixtures.day

    /// A progress file whose roadmap lists lesson "L" to do.
    static func file() -> ProgressFile {
        var file = ProgressFile()
        file.roadmap = RoadmapState(
            generatedAt: day, hoursPerWeek: 3, basedOnDiagnostic: "D1",
            items: [RoadmapItem(lessonID: "L", week: 1, reason: "r")])
        return file
    }

    static func status(_ file: ProgressFile) -> LessonStatus? { file.roadmap?.items.first?.status }

    @Test("ticking a criterion records when, and puts the lesson in progress")
    func tick() {
        var file = Self.file()
        let ticked = file.toggleCriterion(1, of: "L", count: 3, at: Self.day)
        #expect(ticked)
        #expect(file.doneWhen["L"]?.ticks == [CriterionTick(criterion: 1, at: Self.day)])
        #expect(Self.status(file) == .doing)
        #expect(!file.doneLessonIDs.contains("L"))
        let outOfRange = file.toggleCriterion(3, of: "L", count: 3, at: Self.day)
        #expect(!outOfRange)
    }

    @Test("ticking criteria by list keeps ticked ones ticked; all of them make the lesson done and learned")
    func tickByList() {
        var file = Self.file()
        let first = file.tickCriteria([0], of: "L", count: 3, at: Self.day)
        let again = file.tickCriteria([0, 2, 2], of: "L", count: 3, at: Self.day)
        #expect(first && again)
        #expect(file.doneWhen["L"]?.ticks.map(\.criterion) == [0, 2])
        #expect(Self.status(file) == .doing)
        let outOfRange = file.tickCriteria([1, 3], of: "L", count: 3, at: Self.day)
        #expect(!outOfRange)
        #expect(file.doneWhen["L"]?.ticks.map(\.criterion) == [0, 2])
        let last = file.tickCriteria([1], of: "L", count: 3, at: Self.day)
        #expect(last)
        #expect(Self.status(file) == .done)
        #expect(file.doneLessonIDs.contains("L"))
        #expect(!file.doneAnywayLessonIDs.contains("L"))
    }

    @Test("unticking removes the tick; the last one gone leaves no record")
    func untick() {
        var file = Self.file()
        file.toggleCriterion(0, of: "L", count: 2, at: Self.day)
        file.toggleCriterion(0, of: "L", count: 2, at: Self.day)
        #expect(file.doneWhen["L"] == nil)
    }

    @Test("every criterion ticked makes the lesson done and learned; unticking one takes it back to in progress")
    func allTicked() {
        var file = Self.file()
        for i in 0..<2 { file.toggleCriterion(i, of: "L", count: 2, at: Self.day) }
        #expect(Self.status(file) == .done)
        #expect(file.doneLessonIDs == ["L"])
        file.toggleCriterion(1, of: "L", count: 2, at: Self.day)
        #expect(Self.status(file) == .doing)
        #expect(file.doneLessonIDs.isEmpty)
    }

    @Test("done anyway is done on the roadmap, kept apart and not learned; ticking the rest makes it learned")
    func doneAnyway() {
        var file = Self.file()
        file.toggleCriterion(0, of: "L", count: 2, at: Self.day)
        file.markDoneAnyway("L", at: Self.day)
        #expect(Self.status(file) == .done)
        #expect(file.doneLessonIDs.isEmpty)
        #expect(file.doneAnywayLessonIDs == ["L"])
        file.toggleCriterion(1, of: "L", count: 2, at: Self.day)
        #expect(file.doneLessonIDs == ["L"])
        #expect(file.doneAnywayLessonIDs.isEmpty)
    }

    @Test("back to do withdraws done anyway and keeps the ticks")
    func notDone() {
        var file = Self.file()
        file.toggleCriterion(0, of: "L", count: 2, at: Self.day)
        file.markDoneAnyway("L", at: Self.day)
        file.markNotDone("L", at: Self.day)
        #expect(Self.status(file) == .todo)
        #expect(file.doneWhen["L"] == DoneWhenProgress(ticks: [CriterionTick(criterion: 0, at: Self.day)]))
    }

    @Test("the mastery view shows done anyway apart, scored as the diagnostic found it")
    func mastery() {
        let curriculum = RoadmapFixtures.curriculum([RoadmapFixtures.L(id: "L"), RoadmapFixtures.L(id: "M")])
        let view = MasteryView(curriculum: curriculum, result: nil, done: ["M"], doneAnyway: ["L"])
        #expect(view.state(of: "L") == .doneAnyway)
        #expect(view.state(of: "M") == .learned)
        #expect(view.value(at: 0) == 0)
        #expect(Heatmap.legend().contains("▚ done anyway"))
    }

    @Test("ticks and done anyway survive a save and a load")
    func survivesSave() throws {
        let folder = ProgressTemporaryFolder()
        var file = Self.file()
        file.toggleCriterion(2, of: "L", count: 3, at: Self.day.addingTimeInterval(0.5))
        file.markDoneAnyway("L", at: Self.day)
        try ProgressStore(url: folder.progressURL).save(file)
        #expect(try ProgressStore(url: folder.progressURL).load() == file)
        #expect(String(decoding: folder.bytes()!, as: UTF8.self).contains("\"doneWhen\" : {"))
    }

    @Test("a version 1 file loads unchanged: no criteria kept, its done lessons still learned")
    func migratesVersion1() throws {
        let folder = ProgressTemporaryFolder()
        let text = """
            {"schemaVersion": 1, "notes": {"L": "hi"}, "roadmap": {"generatedAt": "2025-03-01T09:30:00Z",
             "hoursPerWeek": 3, "basedOnDiagnostic": "D1",
             "items": [{"lessonID": "L", "week": 1, "reason": "r", "status": "done"}]}}
            """
        try folder.write(text)
        let store = ProgressStore(url: folder.progressURL)
        var file = try store.load()
        #expect(file.schemaVersion == 2)
        #expect(file.doneWhen.isEmpty)
        #expect(file.notes == ["L": "hi"])
        #expect(file.doneLessonIDs == ["L"])
        #expect(folder.bytes() == Data(text.utf8))
        file.setNote("more", lessonID: "L")
        try store.save(file)
        #expect(try ProgressStore(url: folder.progressURL).load() == file)
    }
}

@Suite("Done-when ticks in the roadmap exports")
struct DoneWhenExportTests {
    @Test("Markdown, HTML and JSON box each criterion as ticked and set a lesson done anyway apart")
    func exports() throws {
        let folder = try #require(DataLocator.builtInFolder())
        let curriculum = try CourseLoader.load(folder: folder).curriculum
        let criteria = try #require(curriculum.lesson("6.12.1.1")?.work?.doneWhen)
        var file = ProgressFile()
        file.roadmap = RoadmapState(
            generatedAt: RoadmapFixtures.day, hoursPerWeek: 3, basedOnDiagnostic: "D1",
            items: [RoadmapItem(lessonID: "6.12.1.1", week: 1, reason: "missing")])
        file.toggleCriterion(0, of: "6.12.1.1", count: criteria.count, at: RoadmapFixtures.day)
        file.markDoneAnyway("6.12.1.1", at: RoadmapFixtures.day)
        let state = try #require(file.roadmap)

        let markdown = RoadmapExport.markdown(state, curriculum: curriculum, doneWhen: file.doneWhen)
        #expect(markdown.contains("(done anyway)"))
        #expect(markdown.contains("  - [x] \(ExportFormatting.markdown(criteria[0]))"))
        #expect(markdown.contains("  - [ ] \(ExportFormatting.markdown(criteria[1]))"))
        #expect(RoadmapExport.text(state, curriculum: curriculum, doneWhen: file.doneWhen).contains("(done anyway)"))
        let html = RoadmapExport.html(state, curriculum: curriculum, doneWhen: file.doneWhen)
        #expect(html.contains("<em>(done anyway)</em>"))
        let json = RoadmapExport.json(state, curriculum: curriculum, doneWhen: file.doneWhen)
        #expect(json.contains("\"doneAnyway\" : true"))
        #expect(json.contains("\"criteriaTicked\" : ["))
    }
}
