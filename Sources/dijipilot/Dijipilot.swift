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
          1  the command found problems (validation failed, no diagnostic saved yet, nothing to do)
          2  wrong usage (unknown option, bad value, the app run without a terminal)
          3  the curriculum data could not be loaded (the message names the file and the place)
          4  the progress file could not be read, locked or saved (the message says what to do)
          5  the headless diagnostic's input ended before the result (answers so far are saved)
        """,
        version: version,
        subcommands: [AppCommand.self, AssessCommand.self, RoadmapCommand.self, ReportCommand.self, DoneCommand.self, TodoCommand.self, NoteCommand.self, CurriculumCommand.self, ValidateCommand.self, GenerateCurriculumCommand.self, ProgressStressCommand.self, SnapshotCommand.self],
        defaultSubcommand: AppCommand.self
    )
}
