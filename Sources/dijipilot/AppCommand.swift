import ArgumentParser
import DijipilotCore
import DijipilotTUI
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct AppCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "app",
        abstract: "Open the full-screen app (the default when no subcommand is given).")

    @OptionGroup var dataOptions: DataOptions

    @Flag(name: .long, help: "Draw without colours (glyphs and bold/reverse only). NO_COLOR does the same.")
    var noColor = false

    func run() throws {
        try guarded {
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
                throw CommandFailure(status: ExitStatus.usage,
                    message: "the full-screen app needs a terminal on stdin and stdout; for scripts use a subcommand (see dijipilot --help)")
            }
            let course = try dataOptions.load()
            let environmentNoColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            let state = AppState(course: course)
            _ = AppRunLoop.run(state, wantsColor: !(noColor || environmentNoColor)) { effect, _ in
                switch effect {
                case .saveProgress: return nil
                case .quit: return nil
                }
            }
        }
    }
}
