import Foundation
import Testing

@testable import DijipilotCore

/// The roadmap taken out of the app: an iCalendar file (RFC 5545) and a CSV (RFC 4180), checked against goldens
/// and read back by real parsers (Python's icalendar and csv).
@Suite("Roadmap exports for calendars and spreadsheets")
struct PlanExportTests {
    /// The export curriculum with work on two lessons, written to test every escape: commas, semicolons, a
    /// backslash, quotes, line-breaking length and characters of two, three and four UTF-8 bytes.
    static var curriculum: Curriculum {
        var programs = ExportTests.curriculum.programs
        for p in programs.indices {
            for m in programs[p].missions.indices {
                for d in programs[p].missions[m].modules.indices {
                    for l in programs[p].missions[m].modules[d].lessons.indices {
                        var lesson = programs[p].missions[m].modules[d].lessons[l]
                        if lesson.id == "6.12.1.2" {
                            lesson.title = "Backup owners, for every account; \"really\""
                            lesson.doingMinutes = 40
                            lesson.work = LessonWork(
                                steps: [
                                    "List every account: shop, bank, payment provider, domain, email, ads; one per line",
                                    "Name a backup owner for each, and store the recovery codes in C:\\Vault\\codes.txt",
                                    "Write it down in the café’s binder — “who does it, who backs them up, where the logins are” 🔐",
                                ],
                                doneWhen: [
                                    "Every account has a named backup, checked by someone else", "The binder is dated",
                                ],
                                template: "templates/backup-owners.csv")
                        }
                        if lesson.id == "6.12.2.1" {
                            lesson.work = LessonWork(
                                steps: ["Print the recovery codes", "Seal them; sign across the flap"],
                                doneWhen: ["A second person can find the envelope in under a minute"])
                        }
                        programs[p].missions[m].modules[d].lessons[l] = lesson
                    }
                }
            }
        }
        return Curriculum(title: ExportTests.curriculum.title, programs: programs)
    }

    static let state = ExportTests.roadmapState
    static let stamp = Date(timeIntervalSince1970: 1_764_662_400)  // 2025-12-02T08:00:00Z

    /// Wednesday 3 December 2025: the first Tuesday on or after it is 9 December.
    static func options(per: RoadmapCalendar.Options.Grouping = .week, stamp: Date = stamp) -> RoadmapCalendar.Options {
        RoadmapCalendar.Options(
            start: CalendarDay(year: 2025, month: 12, day: 3), weekday: .tuesday, time: ClockTime(hour: 18, minute: 30),
            per: per, stamp: stamp)
    }

    static func ics(per: RoadmapCalendar.Options.Grouping = .week, stamp: Date = stamp) -> String {
        RoadmapCalendar.ics(state, curriculum: curriculum, options: options(per: per, stamp: stamp))
    }

    static var csv: String { RoadmapExport.csv(state, curriculum: curriculum) }

    static var plan: RoadmapExport.Plan { RoadmapExport.Plan(state, curriculum: curriculum) }

    // MARK: goldens

    @Test("the calendar, one event per week, matches the golden file")
    func icsWeekGolden() throws { try ExportTests().golden(Self.ics(), "roadmap.ics") }

    @Test("the calendar, one event per lesson, matches the golden file")
    func icsLessonGolden() throws { try ExportTests().golden(Self.ics(per: .lesson), "roadmap-lessons.ics") }

    @Test("the CSV matches the golden file")
    func csvGolden() throws { try ExportTests().golden(Self.csv, "roadmap.csv") }

    // MARK: the calendar's form

    @Test("every line ends in CRLF, holds at most 75 octets and is whole UTF-8; unfolding gives the content back")
    func folding() throws {
        for per in RoadmapCalendar.Options.Grouping.allCases {
            let ics = Self.ics(per: per)
            #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
            let bytes = Array(ics.utf8)
            var lines: [[UInt8]] = [], line: [UInt8] = [], i = 0
            while i < bytes.count {
                if bytes[i] == 13 {
                    try #require(i + 1 < bytes.count && bytes[i + 1] == 10, "a CR not followed by LF at octet \(i)")
                    lines.append(line); line = []; i += 2; continue
                }
                #expect(bytes[i] != 10, "a bare LF at octet \(i)")
                line.append(bytes[i]); i += 1
            }
            #expect(line.isEmpty)
            var folded = 0
            for l in lines {
                #expect(l.count <= 75, "a line of \(l.count) octets: \(String(decoding: l, as: UTF8.self))")
                #expect(String(validating: l, as: UTF8.self) != nil, "a line split inside a character")
                if l.first == 32 { folded += 1 }
            }
            #expect(folded > 0, "the fixture's descriptions are long enough to fold")
            let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
            #expect(
                unfolded.contains("SUMMARY:Dijipilot 6.12.1.2: Backup owners\\, for every account\\; \"really\"")
                    || per == .week)
            #expect(unfolded.contains("C:\\\\Vault\\\\codes.txt"))
        }
    }

    @Test("a long line of multi-byte characters folds between characters, never inside one")
    func foldingMultiByte() {
        let line = "DESCRIPTION:" + String(repeating: "é🔐€", count: 40)
        let folded = RoadmapCalendar.fold(line)
        for part in folded.components(separatedBy: "\r\n").dropLast() {
            #expect(part.utf8.count <= 75)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line + "\r\n")
        #expect(RoadmapCalendar.fold("SHORT:x") == "SHORT:x\r\n")
    }

    @Test("TEXT escapes backslash, semicolon, comma and line breaks")
    func escaping() {
        #expect(RoadmapCalendar.text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf")
        #expect(RoadmapCalendar.text("café “x”") == "café “x”")
    }

    @Test("UIDs name the plan and the week or lesson, and do not change between renders or with statuses")
    func stableUIDs() {
        func uids(_ ics: String) -> [String] {
            ics.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        }
        let first = uids(Self.ics()), later = uids(Self.ics(stamp: Self.stamp.addingTimeInterval(86_400 * 30)))
        #expect(first == later)
        #expect(first.first == "UID:dijipilot-D2-week-1@dijipilot")
        #expect(Set(first).count == first.count)
        var changed = Self.state
        changed.items[2].setStatus(.done, at: Self.stamp)
        let afterDone = uids(RoadmapCalendar.ics(changed, curriculum: Self.curriculum, options: Self.options()))
        #expect(afterDone == first)
        let lessons = uids(Self.ics(per: .lesson))
        #expect(lessons.contains("UID:dijipilot-D2-lesson-6.12.1.2@dijipilot"))
        #expect(Set(lessons).count == lessons.count)
    }

    @Test("events fall on the chosen weekday and time, one week apart, lasting the week's minutes")
    func timing() {
        let ics = Self.ics()
        let weeks = Self.plan.weeks.filter { $0.number > 0 }
        let starts = ics.components(separatedBy: "\r\n").filter { $0.hasPrefix("DTSTART:") }
        #expect(starts.count == weeks.map(\.span).reduce(0, +))
        #expect(starts.first == "DTSTART:20251209T183000")
        #expect(ics.contains("DTSTAMP:20251202T080000Z"))
        // Week 1 lasts its minutes from 18:30.
        let m = weeks[0].progress.minutesTotal
        let end = 18 * 60 + 30 + m
        #expect(ics.contains(String(format: "DTEND:20251209T%02d%02d00", end / 60, end % 60)))
    }

    @Test("a lesson longer than the weekly time gets a session in each week it runs over, its minutes split")
    func spanningWeeks() throws {
        let long = try #require(Self.plan.weeks.first { $0.span > 1 })
        let lines = Self.ics().components(separatedBy: "\r\n")
        func value(_ line: String) -> String { String(line.drop { $0 != ":" }.dropFirst()) }
        let uids = lines.filter { $0.hasPrefix("UID:") }.map(value)
        let base = "dijipilot-D2-week-\(long.number)"
        let partUIDs = ["\(base)@dijipilot"] + (2...long.span).map { "\(base)-part-\($0)@dijipilot" }
        #expect(partUIDs.allSatisfy(uids.contains))
        // The sessions fall one week apart and their lengths add up to the week's minutes.
        let starts = lines.filter { $0.hasPrefix("DTSTART:") }.map(value)
        let ends = lines.filter { $0.hasPrefix("DTEND:") }.map(value)
        let indices = partUIDs.compactMap { uids.firstIndex(of: $0) }
        func minuteOfDay(_ stamp: String) -> Int {
            let time = stamp.split(separator: "T")[1]
            return Int(time.prefix(2))! * 60 + Int(time.dropFirst(2).prefix(2))!
        }
        let lengths = indices.map { minuteOfDay(ends[$0]) - minuteOfDay(starts[$0]) }
        #expect(lengths.reduce(0, +) == long.progress.minutesTotal)
        #expect(lengths.max()! - lengths.min()! <= 1)
        let days = indices.map {
            CalendarDay(
                parsing: String(starts[$0].prefix(8)).replacingOccurrences(
                    of: #"(\d{4})(\d{2})(\d{2})"#, with: "$1-$2-$3", options: .regularExpression))!
        }
        #expect(zip(days, days.dropFirst()).allSatisfy { $0.adding(days: 7) == $1 })
    }

    @Test("dates: YYYY-MM-DD only real days, weekdays by three letters or more, 24-hour times")
    func parsing() {
        #expect(CalendarDay(parsing: "2026-01-05") == CalendarDay(year: 2026, month: 1, day: 5))
        #expect(CalendarDay(parsing: "2024-02-29") != nil)
        for bad in ["2025-02-29", "2026-13-01", "2026-1-5", "05/01/2026", "tomorrow", ""] {
            #expect(CalendarDay(parsing: bad) == nil, "\(bad)")
        }
        #expect(CalendarDay(year: 2026, month: 1, day: 5).weekday == .monday)
        #expect(
            CalendarDay(year: 2025, month: 12, day: 31).adding(days: 1) == CalendarDay(year: 2026, month: 1, day: 1))
        #expect(CalendarDay(year: 2026, month: 1, day: 6).next(.monday) == CalendarDay(year: 2026, month: 1, day: 12))
        #expect(CalendarDay(year: 2026, month: 1, day: 5).next(.monday) == CalendarDay(year: 2026, month: 1, day: 5))
        #expect(Weekday(parsing: "Mon") == .monday && Weekday(parsing: "thursday") == .thursday)
        #expect(Weekday(parsing: "m") == nil && Weekday(parsing: "xyz") == nil)
        #expect(ClockTime(parsing: "9:05") == ClockTime(hour: 9, minute: 5))
        for bad in ["24:00", "09:60", "0900", "9", "09:0"] { #expect(ClockTime(parsing: bad) == nil, "\(bad)") }
    }

    // MARK: read back by real parsers

    static let icalendarScript = """
        import sys, json, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        events = []
        for e in cal.walk('VEVENT'):
            events.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']), 'description': str(e['DESCRIPTION']),
                           'start': e.decoded('DTSTART').isoformat(), 'end': e.decoded('DTEND').isoformat(),
                           'stamp': e.decoded('DTSTAMP').isoformat(),
                           'sequence': str(e.decoded('SEQUENCE'))})
        print(json.dumps({'version': str(cal['VERSION']), 'events': events}))
        """

    @Test(
        "Python's icalendar reads every event back: count, stable UIDs, summaries and descriptions unescaped",
        .enabled(if: PythonChecker.python != nil, "skipped: python3 is not installed"),
        .enabled(
            if: PythonChecker.icalendar != nil,
            "skipped: python3 has no icalendar module (Debian: apt-get install python3-icalendar; `make deps` does it)"),
        arguments: RoadmapCalendar.Options.Grouping.allCases)
    func icalendarReadsIt(per: RoadmapCalendar.Options.Grouping) throws {
        let python = try #require(PythonChecker.icalendar)
        func parse(_ ics: String) throws -> [[String: String]] {
            let json = try #require(
                try PythonChecker.run(python, script: Self.icalendarScript, input: ics) as? [String: Any])
            #expect(json["version"] as? String == "2.0")
            return try #require(json["events"] as? [[String: String]])
        }
        let events = try parse(Self.ics(per: per))
        let again = try parse(Self.ics(per: per, stamp: Self.stamp.addingTimeInterval(3_600)))
        let weeks = Self.plan.weeks.filter { $0.number > 0 }
        let expected: [(summary: String, description: String)]
        switch per {
        case .week:
            expected = weeks.flatMap { week in
                let lessons = ExportFormatting.plural(week.lessons.count, "lesson")
                let total = ExportFormatting.duration(week.progress.minutesTotal)
                let body = week.lessons.map(RoadmapCalendar.describe).joined(separator: "\n\n")
                guard week.span > 1 else { return [("Dijipilot week \(week.number): \(lessons), \(total)", body)] }
                let last = week.number + week.span - 1
                return (1...week.span).map { part in
                    let share =
                        week.progress.minutesTotal / week.span
                        + (part <= week.progress.minutesTotal % week.span ? 1 : 0)
                    return (
                        "Dijipilot weeks \(week.number)–\(last) (part \(part) of \(week.span)): \(lessons), "
                            + "\(ExportFormatting.duration(share)) of \(total)", body
                    )
                }
            }
        case .lesson:
            expected = weeks.flatMap { week in
                let heading =
                    week.span == 1 ? "Week \(week.number)" : "Weeks \(week.number)–\(week.number + week.span - 1)"
                return (1...week.span).flatMap { part in
                    week.lessons.map {
                        (
                            "Dijipilot \($0.id): \($0.title)"
                                + (week.span == 1 ? "" : " (part \(part) of \(week.span))"),
                            "\(heading)\n\n" + RoadmapCalendar.describe($0)
                        )
                    }
                }
            }
        }
        #expect(weeks.contains { $0.span > 1 }, "the fixture has a lesson that runs over several weeks")
        #expect(events.count == expected.count)
        #expect(events.map { $0["uid"] } == again.map { $0["uid"] })
        #expect(events.map { $0["stamp"] } != again.map { $0["stamp"] })
        #expect(zip(events, again).allSatisfy { Int($0["sequence"] ?? "") ?? 0 < Int($1["sequence"] ?? "") ?? 0 })
        for (event, want) in zip(events, expected) {
            #expect(event["summary"] == want.summary)
            #expect(event["description"] == want.description)
        }
        #expect(events.first?["start"] == "2025-12-09T18:30:00")
        #expect(events.first?["stamp"] == "2025-12-02T08:00:00+00:00")
        let all = events.compactMap { $0["description"] }.joined()
        #expect(all.contains("C:\\Vault\\codes.txt") && all.contains("🔐") && all.contains("; one per line"))
    }

    static let csvScript = """
        import sys, json, csv
        with open(sys.argv[1], newline='', encoding='utf-8') as f:
            print(json.dumps(list(csv.reader(f, strict=True))))
        """

    @Test(
        "Python's csv module and CSVTable read the same rows: a header and one row per lesson",
        .enabled(if: PythonChecker.python != nil, "skipped: python3 is not installed"))
    func csvReadsBack() throws {
        let python = try #require(PythonChecker.python)
        let rows = try #require(try PythonChecker.run(python, script: Self.csvScript, input: Self.csv) as? [[String]])
        #expect(try CSVTable.parse(Self.csv).get() == rows)
        #expect(rows.first == ["week", "id", "title", "status", "minutes", "reason", "done_when"])
        #expect(rows.count == Self.state.items.count + 1)
        let backup = try #require(rows.first { $0[1] == "6.12.1.2" })
        #expect(backup[2] == "Backup owners, for every account; \"really\"")
        #expect(backup[4] == "60")
        #expect(backup[6] == "Every account has a named backup, checked by someone else\nThe binder is dated")
        let weeks = rows.dropFirst().compactMap { Int($0[0]) }
        #expect(weeks.count == rows.count - 1 && weeks == weeks.sorted())
        #expect(Set(rows.dropFirst().map { $0[3] }) == ["todo", "doing", "done", "skipped"])
    }
}
