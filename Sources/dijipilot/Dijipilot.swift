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
        subcommands: [AppCommand.self, AssessCommand.self, RoadmapCommand.self, ReportCommand.self, DoneCommand.self, TodoCommand.self, NoteCommand.self, CurriculumCommand.self, ValidateCommand.self, GenerateCurriculumCommand.self, ProgressStressCommand.self, SnapshotCommand.self],
        defaultSubcommand: AppCommand.self
    )
}
