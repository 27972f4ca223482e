import Foundation
import Testing

@testable import DijipilotCore

/// Issue 14's focused re-checks: which checkpoints each focus picks, how the new answers join the history, what
/// happens to done lessons, and how re-checks are kept in the progress file.
@Suite("Focused re-checks")
struct RecheckTests {
    static let course: CourseData = {
        // The built-in curriculum is always present in the package; a test cannot run without it.
        try! CourseLoader.load(folder: DataLocator.builtInFolder()!)
    }()
    var course: CourseData { Self.course }
    let now = ISODate.parse("2026-03-03T10:00:00Z")!

    /// The choice whose evidence is highest (best) or lowest (worst) over the question's checkpoints.
    func choice(_ question: Question, best: Bool) -> Int {
        let scored = question.choices.indices.filter { !question.choices[$0].isNotSure }.map { i in
            (i, question.choices[i].evidence.values.reduce(0, +))
        }
        let pick = best ? scored.max { $0.1 < $1.1 } : scored.min { $0.1 < $1.1 }
        return pick!.0
    }

    /// Answers every question probing program 1 the same way, as a finished diagnostic taken at `date`.
    func progress(best: Bool, at date: Date) -> ProgressFile {
        let answers = course.bank.questions.filter { q in q.checkpoints.contains { $0.hasPrefix("1.") } }.map {
            RecordedAnswer(questionID: $0.id, choice: choice($0, best: best))
        }
        var progress = ProgressFile()
        let session = DiagnosticSession(course: course, config: DiagnosticConfig(maxQuestions: 0), answers: answers)
        progress.complete(session: session, course: course, at: date)
        return progress
    }

    /// Runs a re-check to its end, answering every question best or worst.
    func run(_ focus: RecheckFocus, on progress: inout ProgressFile, best: Bool, at date: Date) throws -> RecheckRecord
    {
        var (session, ids) = try progress.recheckSession(focus: focus, course: course, now: date)
        while let question = session.currentQuestion { try session.answer(choice: choice(question, best: best)) }
        return progress.completeRecheck(session: session, focus: focus, checkpoints: ids, course: course, at: date)
    }

    @Test("focus values parse, and anything else is refused")
    func parsing() {
        #expect(RecheckFocus("program:14") == .program("14"))
        #expect(RecheckFocus("mission:6.12") == .mission("6.12"))
        #expect(RecheckFocus("done") == .done)
        #expect(RecheckFocus("stale") == .stale)
        for bad in ["program:", "program", "mission", "done:1", "stales", "", "lesson:1.1"] {
            #expect(RecheckFocus(bad) == nil, "\(bad)")
        }
        #expect(RecheckFocus.program("14").description == "program:14")
    }

    @Test("a program focus covers its lessons, a mission focus its mission's, and asks only questions probing them")
    func programAndMission() throws {
        var progress = self.progress(best: false, at: now)
        let program = try RecheckFocus.program("2").checkpoints(course: course, progress: progress, now: now)
        #expect(!program.isEmpty && program.allSatisfy { $0.hasPrefix("2.") })
        #expect(program.count == course.curriculum.lessons.filter { $0.id.hasPrefix("2.") }.count)
        let mission = try RecheckFocus.mission("1.1").checkpoints(course: course, progress: progress, now: now)
        #expect(!mission.isEmpty && mission.allSatisfy { $0.hasPrefix("1.1.") })
        #expect(throws: RecheckError.unknownProgram("99")) {
            try RecheckFocus.program("99").checkpoints(course: course, progress: progress, now: now)
        }
        #expect(throws: RecheckError.unknownMission("1.99")) {
            try RecheckFocus.mission("1.99").checkpoints(course: course, progress: progress, now: now)
        }
        let record = try run(.program("2"), on: &progress, best: true, at: now.addingTimeInterval(60))
        #expect(record.answers.count <= RecheckFocus.defaultMaxQuestions && !record.answers.isEmpty)
        let probes = Dictionary(uniqueKeysWithValues: course.bank.questions.map { ($0.id, $0.checkpoints) })
        for answer in record.answers {
            #expect(probes[answer.questionID]!.contains { $0.hasPrefix("2.") }, "\(answer.questionID)")
        }
    }

    @Test("done picks the lessons marked done since the last diagnostic, not those done before it")
    func doneFocus() throws {
        var progress = self.progress(best: false, at: now)
        let items = try #require(progress.roadmap?.items)
        let (early, late) = (items[0].lessonID, items[1].lessonID)
        progress.setStatus(lessonID: early, status: .done, at: now.addingTimeInterval(-60))
        progress.setStatus(lessonID: late, status: .done, at: now.addingTimeInterval(60))
        let ids = try RecheckFocus.done.checkpoints(course: course, progress: progress, now: now)
        #expect(ids == [late])
        let fresh = self.progress(best: false, at: now)
        #expect(throws: RecheckError.nothingToCheck(.done)) {
            _ = try fresh.recheckSession(focus: .done, course: course, now: now)
        }
    }

    @Test("stale picks the checkpoints whose latest answer is older than 120 days")
    func staleFocus() throws {
        let old = now.addingTimeInterval(-200 * 86_400)
        var progress = self.progress(best: false, at: old)
        #expect(try RecheckFocus.stale.checkpoints(course: course, progress: progress, now: old).isEmpty)
        let stale = try RecheckFocus.stale.checkpoints(course: course, progress: progress, now: now)
        let probed = Set(
            course.bank.questions.filter { q in q.checkpoints.contains { $0.hasPrefix("1.") } }
                .flatMap(\.checkpoints))
        #expect(Set(stale) == probed)
        // A re-check dates only the answers it asked: those checkpoints are fresh again, the rest stay stale.
        let record = try run(.mission("1.1"), on: &progress, best: false, at: now)
        let refreshed = Set(
            record.answers.flatMap { a in course.bank.questions.first { $0.id == a.questionID }!.checkpoints })
        let after = Set(try RecheckFocus.stale.checkpoints(course: course, progress: progress, now: now))
        #expect(after == probed.subtracting(refreshed))
        #expect(!refreshed.isEmpty)
    }

    @Test("the latest answer to a question replaces the older one; other answers stay")
    func replacement() throws {
        var progress = self.progress(best: false, at: now)
        let baseline = try #require(progress.latestDiagnostic).answers
        let record = try run(.mission("1.1"), on: &progress, best: true, at: now.addingTimeInterval(60))
        let merged = try #require(progress.latestDiagnostic).answers
        #expect(merged.count == Set(merged.map(\.questionID)).count)
        #expect(
            Set(merged.map(\.questionID)) == Set(baseline.map(\.questionID)).union(record.answers.map(\.questionID)))
        for answer in record.answers { #expect(merged.contains(answer)) }
        let untouched = baseline.filter { a in !record.answers.contains { $0.questionID == a.questionID } }
        for answer in untouched { #expect(merged.contains(answer)) }
        // The estimate is what a fresh session with the merged list gives.
        let fresh = DiagnosticSession(course: course, config: DiagnosticConfig(maxQuestions: 0), answers: merged)
        let saved = try #require(progress.latestDiagnostic).result.checkpoints.map(\.probability)
        #expect(zip(saved, fresh.result().checkpoints.map(\.probability)).allSatisfy { abs($0 - $1) < 1e-9 })
        // The best answers after the worst ones move program 1's checkpoints up, and the record says by how much.
        #expect(!record.moves.isEmpty && record.moves.allSatisfy { abs($0.change) >= CheckpointMove.threshold })
        #expect(record.moves.contains { $0.change > 0.3 })
    }

    @Test("a done lesson the re-check contradicts returns to the roadmap with the reason; a confirmed one is assessed")
    func doneLessonsConfirmedOrContradicted() throws {
        var progress = self.progress(best: false, at: now)
        let lesson = try #require(progress.roadmap?.items.first { $0.lessonID.hasPrefix("1.1.") }).lessonID
        progress.setStatus(lessonID: lesson, status: .done, at: now.addingTimeInterval(60))
        var confirmedCopy = progress
        let later = now.addingTimeInterval(3_600)
        let contradicted = try run(.done, on: &progress, best: false, at: later)
        #expect(contradicted.contradicted == [lesson] && contradicted.confirmed.isEmpty)
        let item = try #require(progress.roadmap?.items.first { $0.lessonID == lesson })
        #expect(item.status == .todo && item.week >= 1)
        #expect(item.reason.hasPrefix("re-checked on 3 Mar: "), "\(item.reason)")
        #expect(!progress.doneLessonIDs.contains(lesson))

        let confirmed = try run(.done, on: &confirmedCopy, best: true, at: later)
        #expect(confirmed.confirmed == [lesson] && confirmed.contradicted.isEmpty)
        #expect(confirmedCopy.assessedMasteredLessonIDs == [lesson])
        #expect(confirmedCopy.roadmap?.items.first { $0.lessonID == lesson }?.status == .done)
    }

    @Test("re-checks survive a restart, each with its date")
    func survivesRestart() throws {
        let folder = ProgressTemporaryFolder()
        var progress = self.progress(best: false, at: now)
        _ = try run(.mission("1.1"), on: &progress, best: true, at: now.addingTimeInterval(60))
        _ = try run(.program("1"), on: &progress, best: false, at: now.addingTimeInterval(120))
        try ProgressStore(url: folder.progressURL).save(progress)
        let loaded = try ProgressStore(url: folder.progressURL).load()
        #expect(loaded.rechecks.count == 2)
        #expect(loaded.rechecks == progress.rechecks)
        #expect(loaded.rechecks.map(\.takenAt) == [now.addingTimeInterval(60), now.addingTimeInterval(120)])
        #expect(loaded.schemaVersion == ProgressFile.currentSchemaVersion)
    }

    @Test("a file from before re-checks loads unchanged, with none, and is written back without the field")
    func oldFileLoads() throws {
        let folder = ProgressTemporaryFolder()
        let progress = self.progress(best: false, at: now)
        try ProgressStore(url: folder.progressURL).save(progress)
        let text = String(decoding: try #require(folder.bytes()), as: UTF8.self)
        #expect(!text.contains("rechecks"))
        let loaded = try ProgressStore(url: folder.progressURL).load()
        #expect(loaded.rechecks.isEmpty && loaded == progress)
        try folder.write(#"{"schemaVersion": 2, "diagnostics": [], "notes": {}, "doneWhen": {}}"#)
        #expect(try ProgressStore(url: folder.progressURL).load().rechecks.isEmpty)
    }
}
