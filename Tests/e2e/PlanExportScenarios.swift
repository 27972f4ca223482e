import DijipilotCore
import Foundation
import Testing

@Suite("dijipilot roadmap --format ics and csv, and compare --all, through the binary")
struct PlanExportScenarios {
    @Test("the calendar and the CSV are written from a saved roadmap, and compare --all lists every diagnostic")
    func exports() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("progress.json").path
        for answer in [1, 4] {
            let taken = try BinaryRun.run(
                ["assess", "--json-lines", "--progress", progress],
                input: String(repeating: "{\"answer\":\(answer)}\n", count: 12) + "{\"finish\":true}\n")
            #expect(taken.status == 0, "\(taken.stderr)")
        }
        let ics = folder.appendingPathComponent("plan.ics").path
        let written = try BinaryRun.run(
            [
                "roadmap", "--format", "ics", "--start", "2026-01-05", "--weekday", "wed", "--time", "07:30",
                "--progress", progress, "--output", ics,
            ])
        #expect(written.status == 0, "\(written.stderr)")
        let calendar = try String(contentsOfFile: ics, encoding: .utf8)
        #expect(calendar.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(calendar.contains("DTSTART:20260107T073000\r\n"))
        #expect(calendar.contains("UID:dijipilot-D2-week-1@dijipilot\r\n"))
        let perLesson = try BinaryRun.run(["roadmap", "--format", "ics", "--per", "lesson", "--progress", progress])
        #expect(perLesson.status == 0)
        #expect(perLesson.stdout.contains("-lesson-"))
        let csv = try BinaryRun.run(["roadmap", "--format", "csv", "--progress", progress])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("week,id,title,status,minutes,reason,done_when\r\n"))
        let history = try BinaryRun.run(["compare", "--all", "--progress", progress])
        #expect(history.status == 0)
        #expect(history.stdout.hasPrefix("Every measurement so far: 2 diagnostics"))
    }

    @Test(
        "a bad --start, --weekday, --time or --per exits 2 naming the flag with an example",
        arguments: [
            (["--start", "2026-02-30"], "--start 2026-02-30 is not a date", "e.g. --start 2026-01-05"),
            (["--weekday", "someday"], "--weekday someday is not a day of the week", "e.g. --weekday mon"),
            (["--time", "9am"], "--time 9am is not a time of day", "e.g. --time 09:00"),
            (["--per", "month"], "--per month is neither week nor lesson", "e.g. --per lesson"),
        ])
    func badCalendarValues(arguments: [String], message: String, example: String) throws {
        let run = try BinaryRun.run(["roadmap", "--format", "ics"] + arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message) && run.stderr.contains(example), "\(run.stderr)")
    }

    @Test("the calendar flags without --format ics, and ics or csv for the report, are refused with exit 2")
    func misplacedFlags() throws {
        let flag = try BinaryRun.run(["roadmap", "--weekday", "mon"])
        #expect(flag.status == 2)
        #expect(flag.stderr.contains("add --format ics"))
        let report = try BinaryRun.run(["report", "--format", "ics"])
        #expect(report.status == 2)
        #expect(report.stderr.contains("is for the roadmap"))
    }
}
