import ArgumentParser
import DijipilotCore
import Foundation

/// Documented process exit codes (see `dijipilot --help`).
enum ExitStatus {
    static let problemsFound = ExitCode(1)
    static let usage = ExitCode(2)
    static let dataError = ExitCode(3)
    static let progressError = ExitCode(4)
    static let inputEnded = ExitCode(5)
}

/// `--data DIR`: which curriculum to use; the built-in one by default.
struct DataOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Folder holding curriculum.json and questions.json (default: the built-in curriculum).", valueName: "dir"))
    var data: String?

    /// The folder to load, or a clear error when the built-in data cannot be found.
    func folder() throws -> URL {
        if let data { return URL(fileURLWithPath: (data as NSString).expandingTildeInPath) }
        guard let folder = DataLocator.builtInFolder() else {
            throw CommandFailure(
                status: ExitStatus.dataError,
                message:
                    "the built-in curriculum was not found next to the program; reinstall with `make install` or pass --data DIR"
            )
        }
        return folder
    }

    /// Loads and validates the curriculum, turning problems into a printed list and exit code 3.
    func load() throws -> CourseData {
        let folder = try folder()
        do { return try CourseLoader.load(folder: folder) } catch let error as CourseDataError {
            throw CommandFailure(status: ExitStatus.dataError, message: error.errorDescription ?? "\(error)")
        }
    }
}

/// An error already phrased for the user: printed on stderr as `dijipilot: message`, then the exit code.
struct CommandFailure: Error, CustomStringConvertible {
    var status: ExitCode
    var message: String
    var description: String { message }
}

/// Prints a failure the way every subcommand does and returns its exit code.
func report(_ failure: CommandFailure) -> ExitCode {
    FileHandle.standardError.write(Data("dijipilot: \(failure.message)\n".utf8))
    return failure.status
}

extension ParsableCommand {
    /// Runs a command body, turning a `CommandFailure` into its message and documented exit code.
    func guarded(_ body: () throws -> Void) throws {
        do { try body() } catch let failure as CommandFailure { throw report(failure) }
    }
}

extension CourseData {
    /// The lesson an argument names; an id not in the curriculum is a bad value (exit 2), said the same way by
    /// every command that takes one.
    func lesson(named id: String) throws -> Lesson {
        guard let lesson = curriculum.lesson(id) else {
            throw CommandFailure(
                status: ExitStatus.usage,
                message: "no lesson \"\(id)\" in this curriculum; see `dijipilot curriculum` for the ids")
        }
        return lesson
    }
}
