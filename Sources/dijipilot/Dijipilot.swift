import ArgumentParser
import DijipilotCore
import Foundation

@main
struct Dijipilot: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "dijipilot",
        abstract: "Diagnose which e-commerce skills your business masters, and build the roadmap for the rest.",
        discussion: """
            With no subcommand, opens the full-screen app (needs a terminal).

            Exit codes:
              0  success
              1  problems found: invalid data, no diagnostic yet, not on the roadmap
              2  wrong usage: bad option or value, the app without a terminal
              3  the curriculum data could not be loaded (file, place and rule named)
              4  the progress file could not be read, locked or saved
              5  assess: input ended before the result (answers so far are saved)
            """,
        version: version,
        subcommands: [
            AppCommand.self, AssessCommand.self, RoadmapCommand.self, ReportCommand.self, DoneCommand.self,
            TodoCommand.self, NoteCommand.self, ProfileCommand.self, TeamCommand.self, CompareCommand.self,
            CurriculumCommand.self,
            ValidateCommand.self, TemplateCommand.self, GenerateCurriculumCommand.self, ProgressStressCommand.self,
            SnapshotCommand.self,
        ],
        defaultSubcommand: AppCommand.self
    )

    /// ArgumentParser ends a usage error with 64 (EX_USAGE); ours is documented as 2, like most command-line
    /// tools, so scripts can tell wrong usage from a problem found (1).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                let message = fullMessage(for: error)
                if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}
