import Foundation

/// The roadmap as an iCalendar file (RFC 5545) to import into a calendar: one event per week of the plan, or one
/// per lesson, at a chosen weekday and time, each listing the lessons with their steps, criteria and ids. A lesson
/// longer than the weekly time gets a session in each week it runs over, its minutes split between them.
///
/// Times are floating (the calendar's own time zone), so 09:00 stays 09:00 wherever the founder opens it. UIDs
/// come from the diagnostic the plan was built from and the week number or lesson id, so importing the file again
/// after a change (a lesson done, weeks regrouped) updates the events instead of adding copies. Lessons done under
/// an earlier plan (week 0) have no date and are left out.
public enum RoadmapCalendar {
    /// Where the events go and what each covers.
    public struct Options: Equatable, Sendable {
        public enum Grouping: String, CaseIterable, Sendable { case week, lesson }

        /// The first event falls on the first `weekday` on or after this day.
        public var start: CalendarDay
        public var weekday: Weekday
        public var time: ClockTime
        public var per: Grouping
        /// DTSTAMP: when the file was written (now, in the command; fixed in tests).
        public var stamp: Date

        public init(
            start: CalendarDay, weekday: Weekday = .monday, time: ClockTime = ClockTime(hour: 9, minute: 0),
            per: Grouping = .week, stamp: Date
        ) {
            self.start = start; self.weekday = weekday; self.time = time; self.per = per; self.stamp = stamp
        }
    }

    public static func ics(_ state: RoadmapState, curriculum: Curriculum, options: Options) -> String {
        let plan = RoadmapExport.Plan(state, curriculum: curriculum)
        let planID = uidPart(state.basedOnDiagnostic)
        let stamp = utcStamp(options.stamp)
        // Calendars that keep an imported event take a newer copy only when its SEQUENCE is higher; minutes since
        // 2025 grow with every export, so a re-import always counts as the newer revision.
        let sequence = max(0, Int((options.stamp.timeIntervalSince1970 - 1_735_689_600) / 60))
        let first = options.start.next(options.weekday)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Dijipilot//Roadmap//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + text("Dijipilot roadmap"),
        ]
        func event(uid: String, day: CalendarDay, startMinute: Int, minutes: Int, summary: String, body: String) {
            let begin = day.at(minute: startMinute), end = day.at(minute: startMinute + max(minutes, 15))
            lines += [
                "BEGIN:VEVENT", "UID:\(uid)", "DTSTAMP:\(stamp)", "LAST-MODIFIED:\(stamp)", "SEQUENCE:\(sequence)",
                "DTSTART:\(begin)", "DTEND:\(end)",
                "SUMMARY:" + text(summary), "DESCRIPTION:" + text(body), "CATEGORIES:Dijipilot", "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        for week in plan.weeks where week.number > 0 {
            // A lesson longer than the weekly time runs over several weeks: one session in each, its time split.
            let parts = (0..<week.span).map { part in
                (
                    day: first.adding(days: 7 * (week.number - 1 + part)), uid: part == 0 ? "" : "-part-\(part + 1)",
                    of: week.span == 1 ? "" : " (part \(part + 1) of \(week.span))",
                    share: { (minutes: Int) in minutes / week.span + (part < minutes % week.span ? 1 : 0) }
                )
            }
            switch options.per {
            case .week:
                let count = week.lessons.count
                let total = week.progress.minutesTotal
                for part in parts {
                    let minutes = part.share(total)
                    let time =
                        week.span == 1
                        ? ExportFormatting.duration(total)
                        : "\(ExportFormatting.duration(minutes)) of \(ExportFormatting.duration(total))"
                    event(
                        uid: "dijipilot-\(planID)-week-\(week.number)\(part.uid)@dijipilot", day: part.day,
                        startMinute: options.time.minuteOfDay, minutes: minutes,
                        summary:
                            "Dijipilot \(week.heading.lowercased())\(part.of): \(ExportFormatting.plural(count, "lesson")), \(time)",
                        body: week.lessons.map(describe).joined(separator: "\n\n"))
                }
            case .lesson:
                for part in parts {
                    var minute = options.time.minuteOfDay
                    for lesson in week.lessons {
                        let minutes = part.share(lesson.minutes)
                        event(
                            uid: "dijipilot-\(planID)-lesson-\(uidPart(lesson.id))\(part.uid)@dijipilot", day: part.day,
                            startMinute: minute, minutes: minutes,
                            summary: "Dijipilot \(lesson.id): \(lesson.title)\(part.of)",
                            body: "\(week.heading)\n\n" + describe(lesson))
                        minute += max(minutes, 15)
                    }
                }
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined()
    }

    /// One lesson as the event's description shows it: status, id, title and time, why it is there, the steps,
    /// the criteria, and the commands that lead back to it.
    static func describe(_ lesson: RoadmapExport.Plan.Lesson) -> String {
        var out = "\(lesson.status.checkbox) \(lesson.id) \(lesson.title) · \(lesson.time)"
        out += lesson.status == .doing ? " (in progress)" : lesson.status == .skipped ? " (skipped)" : ""
        out += "\nWhy: \(lesson.reason)"
        if let work = lesson.work {
            out += "\nDo this:"
            for (n, step) in work.steps.enumerated() { out += "\n\(n + 1). \(step)" }
            out += "\nDone when:"
            for criterion in work.doneWhen { out += "\n- \(criterion)" }
            if let template = work.template { out += "\nTemplate: \(template) (dijipilot template \(lesson.id))" }
        }
        out += "\nLesson \(lesson.id): open it in dijipilot, mark it with `dijipilot done \(lesson.id)`"
        return out
    }

    /// RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as `\n`.
    public static func text(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One content line ended by CRLF, folded so no line passes 75 octets: a continuation starts with a space, and
    /// a break never falls inside a character's UTF-8 bytes (nor between the scalars of one character).
    public static func fold(_ line: String) -> String {
        var out = "", width = 0, limit = 75
        for character in line {
            let octets = character.utf8.count
            if width + octets > limit {
                out += "\r\n "; width = 1; limit = 75
            }
            out.append(character); width += octets
        }
        return out + "\r\n"
    }

    /// Letters, digits, dots and hyphens of an id, the rest as hyphens: safe in a UID on every calendar.
    static func uidPart(_ id: String) -> String {
        String(
            id.unicodeScalars.map {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "-")
                    ? Character($0) : "-"
            })
    }

    /// `20250301T093000Z`.
    static func utcStamp(_ date: Date) -> String {
        let iso = ISODate.string(date)  // 2025-03-01T09:30:00.000Z
        let digits = iso.prefix(19).filter { $0 != "-" && $0 != ":" }
        return digits + "Z"
    }
}

/// A day of the calendar with no time zone: `--start 2026-01-05`.
public struct CalendarDay: Equatable, Sendable, CustomStringConvertible {
    public var year, month, day: Int

    public init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    /// `YYYY-MM-DD`, a real date (no 31 April); nil otherwise.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m),
            (1...CalendarDay.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day a moment falls on in a time zone (the command uses the local one).
    public init(_ date: Date, timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (civil-from-days arithmetic, no time zones involved).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    init(dayNumber z: Int) {
        let z = z + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// ISO weekday: 1970-01-01 was a Thursday.
    public var weekday: Weekday { Weekday(rawValue: ((dayNumber % 7 + 7) % 7 + 3) % 7 + 1)! }

    /// This day if it is that weekday, else the next one that is.
    public func next(_ target: Weekday) -> CalendarDay {
        adding(days: ((target.rawValue - weekday.rawValue) % 7 + 7) % 7)
    }

    /// Floating local date-time `YYYYMMDDTHHMMSS`, minutes past midnight (past 24 h runs into the next day).
    func at(minute: Int) -> String {
        let day = adding(days: minute / 1440), m = minute % 1440
        return String(format: "%04d%02d%02dT%02d%02d00", day.year, day.month, day.day, m / 60, m % 60)
    }
}

/// A day of the week, numbered as ISO 8601 does (Monday 1).
public enum Weekday: Int, CaseIterable, Sendable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// `mon`, `Monday`, `tue` …: the first three letters are enough.
    public init?(parsing text: String) {
        let t = text.lowercased()
        guard t.count >= 3,
            let match = Weekday.allCases.first(where: { "\($0)".hasPrefix(t) })
        else { return nil }
        self = match
    }
}

/// A time of day, `09:00` or `9:00`, 24-hour.
public struct ClockTime: Equatable, Sendable {
    public var hour, minute: Int
    public init(hour: Int, minute: Int) { self.hour = hour; self.minute = minute }

    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        self.init(hour: h, minute: m)
    }

    var minuteOfDay: Int { hour * 60 + minute }
}
