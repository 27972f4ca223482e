import ArgumentParser
import DijipilotCore
import Foundation

/// `dijipilot team`: several people answer, one picture, and a map of where they disagree.
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "Combine teammates' diagnostics: export yours, add theirs, see where you disagree.",
        discussion: """
            Each person sets their name (`dijipilot profile --respondent "Ana" --role operations`), takes the \
            diagnostic on their own machine and runs `dijipilot team export --output ana.json`. One person adds \
            the files (`dijipilot team add ana.json sam.json`); `dijipilot report --team` and \
            `dijipilot roadmap --team` then use everyone's answers together, and `dijipilot team disagreements` \
            lists where the answers differ most.
            """,
        subcommands: [
            TeamExportCommand.self, TeamAddCommand.self, TeamListCommand.self, TeamRemoveCommand.self,
            TeamDisagreementsCommand.self,
        ])
}

private func teamFailure(_ error: TeamError) -> CommandFailure {
    CommandFailure(status: ExitStatus.problemsFound, message: error.errorDescription ?? "\(error)")
}

struct TeamExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Write your latest diagnostic as a small team answers file (answers, date, curriculum version, name, role)."
    )

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        try guarded {
            let course = try dataOptions.load()
            let (_, progress) = try progressOptions.read()
            let file: TeamAnswersFile
            do { file = try progress.teamExport(course: course) } catch let error as TeamError {
                throw teamFailure(error)
            }
            let text = String(decoding: try file.encoded(), as: UTF8.self)
            try OutputOptions.write(text, to: output)
            if let output {
                FileHandle.standardError.write(
                    Data("\(file.respondent): \(file.answers.count) answers written to \(output)\n".utf8))
            }
        }
    }
}

struct TeamAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Bring teammates' exported files into your progress file (all or none: a refused file adds nothing).")

    @Argument(help: ArgumentHelp("Files written by `dijipilot team export`.", valueName: "file"))
    var files: [String]
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file written by `dijipilot team export`") }
    }

    func run() throws {
        try guarded {
            let course = try dataOptions.load()
            var contents: [(name: String, data: Data)] = []
            for name in files {
                let url = URL(fileURLWithPath: (name as NSString).expandingTildeInPath)
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    throw CommandFailure(
                        status: ExitStatus.problemsFound,
                        message: "\(name) could not be read: check the path. Nothing was added.")
                }
                contents.append((name, data))
            }
            let (store, lock, loaded) = try progressOptions.openForWriting()
            defer { lock.release() }
            var progress = loaded
            let added: [TeamMember]
            do { added = try progress.addTeammates(contents, course: course) } catch let error as TeamError {
                throw teamFailure(error)
            }
            try progressOptions.save(progress, to: store)
            for member in added {
                print(
                    "added \(member.respondent)\(member.role.map { " (\($0))" } ?? ""): \(member.answers.count) answers\(member.scopeNote)"
                )
            }
            print("team: \(progress.teamMembers(course: course).map(\.respondent).joined(separator: ", "))")
        }
    }
}

struct TeamListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the team's respondents.")
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        try guarded {
            let course = try dataOptions.load()
            let (_, progress) = try progressOptions.read()
            let roster = TeamRoster(progress: progress, course: course)
            for entry in roster.entries {
                guard let takenAt = entry.takenAt else {
                    print("\(entry.respondent): \(TeamRoster.note(entry))")
                    continue
                }
                let role = entry.role.map { " (\($0))" } ?? ""
                print(
                    "\(entry.respondent)\(role): \(entry.answered) answers\(entry.scopeNote), taken \(isoDay(takenAt)); \(TeamRoster.note(entry))"
                )
            }
            if roster.teammates.isEmpty {
                print("no teammates yet: add their files with `dijipilot team add FILE…`")
            }
        }
    }
}

/// The day of a date as YYYY-MM-DD.
func isoDay(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX"); formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: date)
}

struct TeamRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a teammate's answers from your progress file.")
    @Argument(help: ArgumentHelp("The respondent's name, as `dijipilot team list` shows it.", valueName: "name"))
    var name: String
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        try guarded {
            let (store, lock, loaded) = try progressOptions.openForWriting()
            defer { lock.release() }
            var progress = loaded
            let removed: TeamMember
            do { removed = try progress.removeTeammate(name) } catch let error as TeamError {
                throw teamFailure(error)
            }
            try progressOptions.save(progress, to: store)
            print("removed \(removed.respondent)")
        }
    }
}

enum DisagreementFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, html
}

struct TeamDisagreementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disagreements",
        abstract: "The checkpoints where respondents' estimates differ most, with who said what.")

    @Option(help: "Output format: text, markdown or html.")
    var format: DisagreementFormat = .text
    @Option(help: "How many checkpoints to list (default 10).")
    var top: Int = 10
    @Option(name: .long, help: ArgumentHelp("Write to this file instead of stdout.", valueName: "file"))
    var output: String?
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be 1 or more (got \(top))") }
    }

    func run() throws {
        try guarded {
            let course = try dataOptions.load()
            let (_, progress) = try progressOptions.read()
            let picture = progress.teamPicture(course: course)
            guard picture.members.count >= 2 else {
                throw CommandFailure(
                    status: ExitStatus.problemsFound,
                    message:
                        "a disagreement needs two respondents; the team has \(picture.members.count). Add a teammate's file with `dijipilot team add FILE`"
                )
            }
            let map = TeamDisagreements(picture: picture, curriculum: course.curriculum, top: top)
            let text: String
            switch format {
            case .text: text = map.text()
            case .markdown: text = map.markdown()
            case .html: text = map.html()
            }
            try OutputOptions.write(text, to: output)
        }
    }
}
