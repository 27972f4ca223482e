import ArgumentParser
import DijipilotCore
import Foundation

/// `dijipilot compare`: progress over time, program by program, between two saved diagnostics.
struct CompareCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }

    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Show every measurement so far and how each program's mastery changed.",
        discussion: """
            Diagnostics (full ones, focused re-checks, and diagnostics of some programs) are numbered D1, D2, … in \
            the order taken. By default, compare shows every measurement so far, one column per diagnostic \
            (those older than 120 days marked; "–" where a diagnostic did not measure a program), then the change \
            per program between the last two (in JSON: "latestChange"). `--all` shows only the first part, \
            `--from`/`--to` only the change between two, `--list` lists the diagnostics.
            """)

    @Option(help: ArgumentHelp("The earlier diagnostic (default: the one before the latest).", valueName: "id"))
    var from: String?
    @Option(help: ArgumentHelp("The later diagnostic (default: the latest).", valueName: "id")) var to: String?
    @Flag(help: "List the saved diagnostics instead.") var list = false
    @Flag(help: "Show only every measurement so far, without the change between the last two.")
    var all = false
    @Option(help: "Output format: text, markdown or json.") var format: Format = .text
    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        if all && (from != nil || to != nil || list) {
            throw ValidationError(
                "--all shows every diagnostic; leave out --from, --to and --list, e.g. dijipilot compare --all")
        }
    }

    func run() throws {
        try guarded {
            let (_, progress) = try progressOptions.read()
            let records = progress.diagnostics
            if list {
                guard !records.isEmpty else {
                    throw CommandFailure(status: ExitStatus.problemsFound, message: noDiagnosticYet)
                }
                for record in records {
                    print(ComparisonExport.listLine(record))
                }
                return
            }
            if all {
                guard !records.isEmpty else {
                    throw CommandFailure(status: ExitStatus.problemsFound, message: noDiagnosticYet)
                }
                switch format {
                case .text:
                    print(
                        ComparisonExport.historyText(records, now: Date(), rechecks: progress.rechecks), terminator: "")
                case .markdown:
                    print(
                        ComparisonExport.historyMarkdown(records, now: Date(), rechecks: progress.rechecks),
                        terminator: "")
                case .json: print(ComparisonExport.historyJSON(records, rechecks: progress.rechecks), terminator: "")
                }
                return
            }
            guard !records.isEmpty else {
                throw CommandFailure(status: ExitStatus.problemsFound, message: noDiagnosticYet)
            }
            if from == nil && to == nil {
                switch format {
                case .text:
                    print(
                        ComparisonExport.overviewText(records, now: Date(), rechecks: progress.rechecks), terminator: ""
                    )
                case .markdown:
                    print(
                        ComparisonExport.overviewMarkdown(records, now: Date(), rechecks: progress.rechecks),
                        terminator: "")
                case .json:
                    print(
                        ComparisonExport.historyJSON(records, withLatestChange: true, rechecks: progress.rechecks),
                        terminator: "")
                }
                return
            }
            guard records.count >= 2 else {
                throw CommandFailure(
                    status: ExitStatus.problemsFound,
                    message: "only one diagnostic is saved (\(records[0].id)); take another later to see your progress")
            }
            func find(_ id: String, _ option: String) throws -> DiagnosticRecord {
                let wanted = id.uppercased().hasPrefix("D") ? id.uppercased() : "D" + id
                guard let record = records.first(where: { $0.id.uppercased() == wanted }) else {
                    throw CommandFailure(
                        status: ExitStatus.problemsFound,
                        message:
                            "--\(option) \(id) is not a saved diagnostic; saved: \(records.map(\.id).joined(separator: ", "))"
                    )
                }
                return record
            }
            let later = try to.map { try find($0, "to") } ?? records[records.count - 1]
            let laterIndex = records.firstIndex(where: { $0.id == later.id }) ?? records.count - 1
            let earlier = try from.map { try find($0, "from") } ?? records[max(0, laterIndex - 1)]
            guard earlier.id != later.id else {
                throw CommandFailure(
                    status: ExitStatus.usage,
                    message: "--from and --to name the same diagnostic (\(later.id)); pick two different ones")
            }
            switch format {
            case .text: print(ComparisonExport.text(from: earlier, to: later), terminator: "")
            case .markdown: print(ComparisonExport.markdown(from: earlier, to: later), terminator: "")
            case .json: print(ComparisonExport.json(from: earlier, to: later), terminator: "")
            }
        }
    }
}
