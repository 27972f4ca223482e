import ArgumentParser
import DijipilotCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, html, ics, csv
    /// The roadmap's extra formats, for a calendar and a spreadsheet; the report has no such shape.
    var roadmapOnly: Bool { self == .ics || self == .csv }
}

/// Where an export goes: stdout, or a file written atomically (never half-written).
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: text, markdown, json or html (the roadmap also: ics for a calendar, csv).")
    var format: ExportFormat = .text

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?

    func write(_ text: String) throws { try Self.write(text, to: output) }

    /// Writes to stdout, or to the file `output` names, atomically.
    static func write(_ text: String, to output: String?) throws {
        guard let output else { print(text, terminator: text.hasSuffix("\n") ? "" : "\n"); return }
        let url = URL(fileURLWithPath: (output as NSString).expandingTildeInPath)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CommandFailure(status: ExitStatus.usage, message: "--output \(output) is a folder; give a file name")
        }
        do { try Data(text.utf8).write(to: url, options: .atomic) } catch {
            throw CommandFailure(
                status: ExitStatus.problemsFound,
                message:
                    "could not write \(url.path): \(error.localizedDescription); check the folder exists and is writable"
            )
        }
    }
}

let noDiagnosticYet =
    "no diagnostic saved yet: take it in the app (run `dijipilot`) or headless with `dijipilot assess --json-lines`"

struct RoadmapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap", abstract: "Print your roadmap by week, with status and the reason for each lesson.",
        discussion: """
            Formats: text (default), markdown, json, html, and two that take the plan \
            elsewhere.

            ics: an iCalendar file (RFC 5545) to import into a calendar. One event per \
            week of the plan, or with --per lesson one per lesson, one after another, \
            on --weekday at --time (local time), lasting the week's or the lesson's \
            minutes. Each event lists the lesson ids, status, reason, steps and \
            done-when criteria. The first event is on the first --weekday on or after \
            --start (default: today). Event ids come from the plan and the week or \
            lesson, so importing the file again updates the events instead of adding \
            copies; a new diagnostic makes a new plan, with events of its own. Lessons \
            done under an earlier plan (week 0) are left out. A lesson longer than the \
            weekly time runs over several weeks ("Weeks 2–4"): it gets an event in \
            each of them, its minutes split between them ("part 1 of 3").

            json: the plan by week; each week has its first week number ("week") and \
            how many weeks it runs over ("weeks", 1 unless a lesson is longer than \
            the weekly time).

            csv: one row per lesson (RFC 4180, with a header) for a spreadsheet or a \
            task board: week, id, title, status, minutes, reason, done_when (the \
            criteria one per line in the cell).

            Examples:
              dijipilot roadmap --format ics --start 2026-01-05 --weekday tue \\
                --time 18:30 --output plan.ics
              dijipilot roadmap --format ics --per lesson --output lessons.ics
              dijipilot roadmap --format csv --output plan.csv
            """)

    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var progressOptions: ProgressOptions

    @Option(
        name: .customLong("hours-per-week"),
        help: ArgumentHelp(
            "Change your weekly study time (0.5 to 40 hours; default 3), regroup the weeks by it and save it for later roadmaps.",
            valueName: "hours"))
    var hoursPerWeek: Double?

    @OptionGroup var calendarOptions: CalendarOptions

    @Flag(name: .long, help: "Use the team picture: everyone's answers together (see `dijipilot team`).")
    var team = false

    func validate() throws {
        if team && hoursPerWeek != nil {
            throw ValidationError("--hours-per-week changes your own roadmap; run it without --team")
        }
        if let hoursPerWeek, !ProgressFile.hoursPerWeekRange.contains(hoursPerWeek) {
            throw ValidationError(
                "--hours-per-week \(hoursPerWeek) is outside 0.5...40; give the hours you can study in a week, e.g. --hours-per-week 2.5"
            )
        }
        try calendarOptions.validate(format: outputOptions.format)
    }

    func run() throws {
        try guarded {
            let course = try dataOptions.load()
            var progress: ProgressFile
            if let hoursPerWeek {
                let (store, lock, loaded) = try progressOptions.openForWriting()
                defer { lock.release() }
                progress = loaded
                guard progress.roadmap != nil else {
                    throw CommandFailure(status: ExitStatus.problemsFound, message: noDiagnosticYet)
                }
                if progress.setHoursPerWeek(hoursPerWeek, curriculum: course.curriculum) {
                    try progressOptions.save(progress, to: store)
                }
            } else {
                progress = try progressOptions.read().1
            }
            guard var roadmap = progress.roadmap else {
                throw CommandFailure(status: ExitStatus.problemsFound, message: noDiagnosticYet)
            }
            if team { roadmap = progress.teamRoadmap(progress.teamPicture(course: course), course: course, at: Date()) }
            let c = course.curriculum
            switch outputOptions.format {
            case .text: try outputOptions.write(RoadmapExport.text(roadmap, curriculum: c, doneWhen: progress.doneWhen))
            case .markdown:
                try outputOptions.write(RoadmapExport.markdown(roadmap, curriculum: c, doneWhen: progress.doneWhen))
            case .json: try outputOptions.write(RoadmapExport.json(roadmap, curriculum: c, doneWhen: progress.doneWhen))
            case .html: try outputOptions.write(RoadmapExport.html(roadmap, curriculum: c, doneWhen: progress.doneWhen))
            case .csv: try outputOptions.write(RoadmapExport.csv(roadmap, curriculum: c, doneWhen: progress.doneWhen))
            case .ics:
                let options = try calendarOptions.options(now: Date())
                try outputOptions.write(RoadmapCalendar.ics(roadmap, curriculum: c, options: options))
            }
        }
    }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Print the gap analysis per program and mission, and the heatmap.")

    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var progressOptions: ProgressOptions

    @Flag(name: .long, help: "Use the team picture: everyone's answers together (see `dijipilot team`).")
    var team = false

    func validate() throws {
        if outputOptions.format.roadmapOnly {
            throw ValidationError(
                "--format \(outputOptions.format.rawValue) is for the roadmap (`dijipilot roadmap --format \(outputOptions.format.rawValue)`); the report comes as text, markdown, json or html"
            )
        }
    }

    func run() throws {
        try guarded {
            let course = try dataOptions.load()
            let (_, progress) = try progressOptions.read()
            guard let record = progress.latestDiagnostic else {
                throw CommandFailure(status: ExitStatus.problemsFound, message: noDiagnosticYet)
            }
            let report =
                team
                ? progress.teamReport(progress.teamPicture(course: course), curriculum: course.curriculum)
                : Report(curriculum: course.curriculum, record: record, progress: progress, now: Date())
            switch outputOptions.format {
            case .text:
                let color =
                    outputOptions.output == nil && isatty(STDOUT_FILENO) == 1
                    && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
                try outputOptions.write(ReportExport.text(report, color: color))
            case .markdown: try outputOptions.write(ReportExport.markdown(report))
            case .json: try outputOptions.write(ReportExport.json(report))
            case .html: try outputOptions.write(ReportExport.html(report))
            case .ics, .csv: break  // refused by validate()
            }
        }
    }
}

/// Shared body of done/todo: change one roadmap lesson's status and save.
private func setStatus(_ status: LessonStatus, lessonID: String, data: DataOptions, progressOptions: ProgressOptions)
    throws
{
    let course = try data.load()
    let lesson = try course.lesson(named: lessonID)
    let (store, lock, loaded) = try progressOptions.openForWriting()
    defer { lock.release() }
    var progress = loaded
    guard progress.roadmap != nil else {
        throw CommandFailure(status: ExitStatus.problemsFound, message: noDiagnosticYet)
    }
    guard progress.setStatus(lessonID: lessonID, status: status, at: Date()) else {
        throw CommandFailure(
            status: ExitStatus.problemsFound,
            message: "\(lessonID) is not on your roadmap (it was assessed as mastered); see `dijipilot roadmap`")
    }
    try progressOptions.save(progress, to: store)
    print("\(lessonID) \(lesson.title): \(status.rawValue)")
}

struct TodoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "todo", abstract: "Mark a roadmap lesson to do again.")
    @Argument(help: "The lesson id, e.g. 6.12.1.1.") var lessonID: String
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var progressOptions: ProgressOptions
    func run() throws {
        try guarded { try setStatus(.todo, lessonID: lessonID, data: dataOptions, progressOptions: progressOptions) }
    }
}

struct NoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Set your note on a lesson (an empty text removes it).")
    @Argument(help: "The lesson id, e.g. 6.12.1.1.") var lessonID: String
    @Argument(help: "The note text.") var text: String
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        try guarded {
            let course = try dataOptions.load()
            _ = try course.lesson(named: lessonID)
            let (store, lock, loaded) = try progressOptions.openForWriting()
            defer { lock.release() }
            var progress = loaded
            guard !progress.diagnostics.isEmpty else {
                throw CommandFailure(status: ExitStatus.problemsFound, message: noDiagnosticYet)
            }
            progress.setNote(text, lessonID: lessonID)
            try progressOptions.save(progress, to: store)
            print(
                text.trimmingCharacters(in: .whitespaces).isEmpty
                    ? "\(lessonID): note removed" : "\(lessonID): note saved")
        }
    }
}
