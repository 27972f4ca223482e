import Foundation
import Testing

@testable import DijipilotCore

/// Issue 14's results over time as the app shows them: days in words, when each program was last measured once
/// re-checks are in the history, the re-check Home suggests, and the timeline of every measurement.
@Suite("results over time in the app: timeline, last measured with re-checks, the re-check due")
struct MeasurementTimelineTests {
    let recheck = RecheckTests()
    var course: CourseData { RecheckTests.course }
    var now: Date { recheck.now }
    func days(_ n: Double) -> TimeInterval { n * 86_400 }

    @Test("a day reads as “3 Mar” or “3 Mar 2026”, in the calendar day of the time zone asked for")
    func dayWording() throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        let early = try #require(ISODate.parse("2026-03-03T02:00:00Z"))
        #expect(DayWording.short(early, timeZone: utc) == "3 Mar")
        #expect(DayWording.long(early, timeZone: utc) == "3 Mar 2026")
        #expect(DayWording.short(early, timeZone: newYork) == "2 Mar")
        #expect(DayWording.long(try #require(ISODate.parse("2026-12-31T12:00:00Z")), timeZone: utc) == "31 Dec 2026")
    }

    @Test("a re-check measures only its own programs: the others keep the date of the diagnostic that measured them")
    func lastMeasuredWithRechecks() throws {
        var progress = recheck.progress(best: false, at: now)
        let later = now.addingTimeInterval(days(200))
        let record = try recheck.run(.program("2"), on: &progress, best: true, at: later)
        let measured = MeasurementHistory.lastMeasured(progress, curriculum: course.curriculum)
        let byID = Dictionary(uniqueKeysWithValues: measured.map { ($0.programID, $0) })
        #expect(measured.count == course.curriculum.programs.count)
        #expect(byID["2"]?.measuredAt == later && byID["2"]?.diagnosticID == record.diagnosticID)
        #expect(byID["1"]?.measuredAt == now && byID["1"]?.isStale(now: later) == true)
        #expect(byID["2"]?.isStale(now: later) == false)
        // Without the re-checks' focus, every program would look measured on the re-check's day.
        #expect(MeasurementHistory.lastMeasured(progress.diagnostics).allSatisfy { $0.measuredAt == later })
    }

    @Test("the re-check due: none after a fresh diagnostic, the lessons done since, none once verified, then stale")
    func dueRecheck() throws {
        #expect(ProgressFile().dueRecheck(course: course, now: now) == nil)
        var progress = recheck.progress(best: false, at: now)
        #expect(progress.dueRecheck(course: course, now: now) == nil)
        let lesson = try #require(progress.roadmap?.items.first { $0.lessonID.hasPrefix("1.1.") }).lessonID
        progress.setStatus(lessonID: lesson, status: .done, at: now.addingTimeInterval(60))
        #expect(progress.dueRecheck(course: course, now: now) == DueRecheck(focus: .done, lessonIDs: [lesson]))
        _ = try recheck.run(.done, on: &progress, best: true, at: now.addingTimeInterval(3_600))
        #expect(progress.dueRecheck(course: course, now: now.addingTimeInterval(3_600)) == nil)
        let later = now.addingTimeInterval(days(200))
        let due = try #require(progress.dueRecheck(course: course, now: later))
        #expect(due.focus == .stale)
        #expect(due.lessonIDs == (try RecheckFocus.stale.checkpoints(course: course, progress: progress, now: later)))
        // A diagnostic of another version of the course is nothing to build a re-check on.
        var other = progress
        other.diagnostics[other.diagnostics.count - 1].contentHash = "another course"
        #expect(other.dueRecheck(course: course, now: later) == nil)
    }

    @Test("the timeline lists each diagnostic and re-check with its kind, questions, overall and change")
    func timeline() throws {
        var progress = recheck.progress(best: false, at: now)
        let first = try #require(progress.latestDiagnostic)
        let record = try recheck.run(.program("2"), on: &progress, best: true, at: now.addingTimeInterval(days(9)))
        let timeline = MeasurementTimeline(progress)
        #expect(timeline.entries.map(\.diagnosticID) == [first.id, record.diagnosticID])
        #expect(timeline.entries.map(\.kind) == [.diagnostic, .recheck(focus: "program:2")])
        #expect(timeline.entries.map(\.kind.label) == ["full diagnostic", "re-check · program 2"])
        #expect(timeline.entries[0].questionsAsked == first.result.questionsAsked)
        #expect(timeline.entries[1].questionsAsked == record.answers.count)
        #expect(timeline.entries[0].change == nil)
        let latest = try #require(progress.latestDiagnostic)
        let change = try #require(timeline.entries[1].change)
        #expect(abs(change - (latest.result.overallMastery - first.result.overallMastery)) < 1e-12)
        #expect(change > 0)
        #expect(timeline.overallChange == change)
        #expect(timeline.programs.map(\.id) == latest.result.programs.map(\.id))
        let two = try #require(timeline.programs.first { $0.id == "2" })
        #expect(two.mastery.count == 2 && two.mastery[1]! > two.mastery[0]!)
        #expect(two.change == two.mastery[1]! - two.mastery[0]!)
    }

    @Test("the timeline is in date order whatever the file's order; one measurement has no change")
    func timelineOrder() throws {
        var progress = recheck.progress(best: false, at: now)
        var older = try #require(progress.latestDiagnostic)
        older.id = "D0"; older.takenAt = now.addingTimeInterval(-days(30))
        progress.diagnostics.append(older)
        let timeline = MeasurementTimeline(progress)
        #expect(timeline.entries.map(\.diagnosticID).first == "D0")
        #expect(timeline.entries[1].change == 0)
        let single = MeasurementTimeline(recheck.progress(best: true, at: now))
        #expect(single.entries.count == 1 && single.overallChange == nil)
        #expect(single.programs.allSatisfy { $0.change == nil && $0.mastery.count == 1 })
        #expect(MeasurementTimeline(ProgressFile()).entries.isEmpty)
    }

    @Test("a confirmed done lesson is assessed mastered with the day of its re-check, until one contradicts it")
    func assessedDates() throws {
        var progress = recheck.progress(best: false, at: now)
        let lesson = try #require(progress.roadmap?.items.first { $0.lessonID.hasPrefix("1.1.") }).lessonID
        progress.setStatus(lessonID: lesson, status: .done, at: now.addingTimeInterval(60))
        let day = now.addingTimeInterval(3_600)
        let confirmed = try recheck.run(.done, on: &progress, best: true, at: day)
        #expect(confirmed.confirmed == [lesson])
        #expect(progress.assessedMastered == [lesson: day])
        #expect(progress.assessedMasteredLessonIDs == [lesson])
        _ = try recheck.run(.program("1"), on: &progress, best: false, at: day.addingTimeInterval(60))
        #expect(progress.assessedMastered[lesson] == nil)
    }

    @Test("a focus reads as words; a focus saved by a later version reads as saved")
    func focusLabels() {
        #expect(RecheckFocus.mission("6.12").label == "mission 6.12")
        #expect(RecheckFocus.stale.label == "stale checkpoints")
        #expect(MeasurementTimeline.Kind.recheck(focus: "team:3").label == "re-check · team:3")
    }
}
