import ArgumentParser
import DijipilotCore
import Foundation

/// `roadmap --format ics`: when the calendar events fall and what each one covers.
struct CalendarOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "ics: the first event is on the first --weekday on or after this day (default: today).",
            valueName: "YYYY-MM-DD"))
    var start: String?

    @Option(name: .long, help: ArgumentHelp("ics: the day of each week's event (default: mon).", valueName: "mon..sun"))
    var weekday: String?

    @Option(
        name: .long,
        help: ArgumentHelp("ics: when the events start, 24-hour local time (default: 09:00).", valueName: "HH:MM"))
    var time: String?

    @Option(
        name: .long,
        help: ArgumentHelp("ics: one event per week (default) or one per lesson.", valueName: "week|lesson"))
    var per: String?

    /// Each value checked with a message naming its flag and an example; the flags only go with `--format ics`.
    func validate(format: ExportFormat) throws {
        let given = [("--start", start), ("--weekday", weekday), ("--time", time), ("--per", per)]
            .filter { $0.1 != nil }.map(\.0)
        if format != .ics, let flag = given.first {
            throw ValidationError(
                "\(flag) is for calendar files; add --format ics, e.g. dijipilot roadmap --format ics \(flag) …")
        }
        _ = try parsed()
    }

    /// The options the values give, with today (local) as the default start.
    func options(now: Date) throws -> RoadmapCalendar.Options {
        let (day, weekday, time, per) = try parsed()
        return RoadmapCalendar.Options(
            start: day ?? CalendarDay(now, timeZone: .current), weekday: weekday, time: time, per: per, stamp: now)
    }

    private func parsed() throws -> (CalendarDay?, Weekday, ClockTime, RoadmapCalendar.Options.Grouping) {
        var day: CalendarDay?
        if let start {
            guard let d = CalendarDay(parsing: start) else {
                throw ValidationError(
                    "--start \(start) is not a date; give the day as YYYY-MM-DD, e.g. --start 2026-01-05")
            }
            day = d
        }
        var weekdayValue = Weekday.monday
        if let weekday {
            guard let w = Weekday(parsing: weekday) else {
                throw ValidationError(
                    "--weekday \(weekday) is not a day of the week; give mon, tue, wed, thu, fri, sat or sun, e.g. --weekday mon"
                )
            }
            weekdayValue = w
        }
        var timeValue = ClockTime(hour: 9, minute: 0)
        if let time {
            guard let t = ClockTime(parsing: time) else {
                throw ValidationError("--time \(time) is not a time of day; give 24-hour HH:MM, e.g. --time 09:00")
            }
            timeValue = t
        }
        var grouping = RoadmapCalendar.Options.Grouping.week
        if let per {
            guard let g = RoadmapCalendar.Options.Grouping(rawValue: per.lowercased()) else {
                throw ValidationError(
                    "--per \(per) is neither week nor lesson; e.g. --per lesson for one event per lesson")
            }
            grouping = g
        }
        return (day, weekdayValue, timeValue, grouping)
    }
}
