import ArgumentParser
import DijipilotCore
import Foundation

/// `dijipilot done ID`: marks a roadmap lesson done the way the app does. A lesson with Done-when criteria is
/// learned only when every criterion is ticked (`--criteria all`, or by number as they come true); `--anyway`
/// marks it done without them, shown apart and not counted as learned. Saying neither lists the criteria and
/// saves nothing, so the command line is no shortcut around the checks the app asks for.
struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Mark a roadmap lesson done: tick its done-when criteria, or mark it done anyway.",
        discussion: """
            A lesson with done-when criteria counts as learned once every criterion is \
            ticked. Without --criteria or --anyway the command lists the criteria, \
            numbered, and changes nothing (exit 1).
            """)
    @Argument(help: "The lesson id, e.g. 6.12.1.1.") var lessonID: String
    @Option(
        help: ArgumentHelp(
            "The criteria that hold: all, or numbers as listed (1,3). Ticked ones stay ticked.", valueName: "list"))
    var criteria: String?
    @Flag(help: "Mark it done without all its criteria (shown apart, not counted as learned).")
    var anyway = false
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        if criteria != nil && anyway {
            throw ValidationError("--criteria and --anyway are alternatives: give one of them")
        }
    }

    func run() throws {
        try guarded {
            let course = try dataOptions.load()
            let lesson = try course.lesson(named: lessonID)
            let doneWhen = lesson.work?.doneWhen ?? []
            let chosen = try criteria.map { try Self.parseCriteria($0, count: doneWhen.count) }
            let (store, lock, loaded) = try progressOptions.openForWriting()
            defer { lock.release() }
            var progress = loaded
            guard progress.roadmap != nil else {
                throw CommandFailure(status: ExitStatus.problemsFound, message: noDiagnosticYet)
            }
            guard progress.roadmap?.items.contains(where: { $0.lessonID == lessonID }) == true else {
                throw CommandFailure(
                    status: ExitStatus.problemsFound,
                    message: "\(lessonID) is not on your roadmap (it was assessed as mastered); see `dijipilot roadmap`"
                )
            }
            let now = Date()
            let allHold = progress.doneWhen[lessonID]?.allTicked(of: doneWhen.count) == true
            if doneWhen.isEmpty || (chosen == nil && !anyway && allHold) {
                progress.setStatus(lessonID: lessonID, status: .done, at: now)
            } else if anyway {
                progress.markDoneAnyway(lessonID, at: now)
            } else if let chosen {
                progress.tickCriteria(chosen, of: lessonID, count: doneWhen.count, at: now)
            } else {
                throw CommandFailure(
                    status: ExitStatus.problemsFound, message: Self.criteriaNeeded(lesson, doneWhen, progress))
            }
            try progressOptions.save(progress, to: store)
            print(Self.outcome(lesson, doneWhen, progress))
        }
    }

    /// "all" or 1-based numbers separated by commas, as 0-based criteria; anything else is a usage error.
    static func parseCriteria(_ text: String, count: Int) throws -> [Int] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased() == "all" { return Array(0..<count) }
        guard count > 0 else {
            throw CommandFailure(
                status: ExitStatus.usage, message: "this lesson has no done-when criteria; drop --criteria")
        }
        var numbers: [Int] = []
        for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            let piece = part.trimmingCharacters(in: .whitespaces)
            guard let n = Int(piece), (1...count).contains(n) else {
                throw CommandFailure(
                    status: ExitStatus.usage,
                    message:
                        "--criteria \"\(text)\": \"\(piece)\" is not a criterion number; give all, or numbers from 1 to \(count) separated by commas (e.g. 1,3)"
                )
            }
            numbers.append(n - 1)
        }
        return numbers
    }

    /// The criteria, numbered and marked where already ticked, and how to say which hold.
    static func criteriaNeeded(_ lesson: Lesson, _ doneWhen: [String], _ progress: ProgressFile) -> String {
        let record = progress.doneWhen[lesson.id]
        var lines = ["\(lesson.id) \(lesson.title) is done when:"]
        for (i, criterion) in doneWhen.enumerated() {
            lines.append("  \(record?.isTicked(i) == true ? "[x]" : "[ ]") \(i + 1). \(criterion)")
        }
        lines.append(
            "Say which hold with --criteria all (or by number, e.g. --criteria 1,3), or use --anyway to mark it done without them (shown apart, not counted as learned). Nothing was changed."
        )
        return lines.joined(separator: "\n")
    }

    /// One line on where the lesson now stands, and what is still open.
    static func outcome(_ lesson: Lesson, _ doneWhen: [String], _ progress: ProgressFile) -> String {
        let head = "\(lesson.id) \(lesson.title)"
        let status = progress.roadmap?.items.first { $0.lessonID == lesson.id }?.status
        if progress.doneAnywayLessonIDs.contains(lesson.id) {
            return "\(head): done anyway (not counted as learned until every criterion is ticked)"
        }
        guard status != .done, !doneWhen.isEmpty else { return "\(head): done" }
        let record = progress.doneWhen[lesson.id]
        let open = doneWhen.indices.filter { record?.isTicked($0) != true }
        let still = open.map { "  \($0 + 1). \(doneWhen[$0])" }.joined(separator: "\n")
        return "\(head): \(doneWhen.count - open.count) of \(doneWhen.count) criteria ticked, still open:\n\(still)"
    }
}
