import ArgumentParser
import DijipilotCore
import Foundation

struct AppCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "app",
        abstract: "Open the full-screen app (the default when no subcommand is given).")

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        try guarded {
            let course = try dataOptions.load()
            print("\(course.curriculum.programs.count) programs")
        }
    }
}
