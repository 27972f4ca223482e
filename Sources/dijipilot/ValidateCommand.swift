import ArgumentParser
import DijipilotCore
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a curriculum and question bank; print every problem, or a summary of counts.",
        discussion: """
            Prints every problem of every check in one run, each with file, JSON path and rule: the files' shape, \
            the rules across them, and the question bank's honesty rules (options that lean on each other, uneven \
            lengths, length giving the best answer away, options with the same evidence, an option claiming a \
            lesson while denying its prerequisite). Exits 0 when there are no errors (warnings are printed but \
            pass), 1 when there are errors, or warnings with --strict. See docs/DATA_FORMAT.md.
            """)

    @OptionGroup var dataOptions: DataOptions

    @Flag(help: "Count warnings as problems: exit 1 when there is any.")
    var strict = false

    func run() throws {
        try guarded {
            let folder = try dataOptions.folder()
            let (course, problems) = CourseLoader.check(folder: folder, review: true)
            for problem in problems { print(problem.description) }
            let errors = problems.filter { $0.severity == .error }.count
            let warnings = problems.count - errors
            if let course, errors == 0 {
                let c = course.curriculum
                print(
                    "valid: \(c.programs.count) programs, \(c.missionCount) missions, \(c.moduleCount) modules, "
                        + "\(c.lessons.count) lessons (checkpoints), \(course.bank.questions.count) questions"
                        + (warnings > 0 ? "; \(warnings) warning\(warnings == 1 ? "" : "s")" : ""))
            }
            if errors > 0 || (strict && warnings > 0) {
                let counts = [
                    errors > 0 ? "\(errors) error\(errors == 1 ? "" : "s")" : nil,
                    warnings > 0 ? "\(warnings) warning\(warnings == 1 ? "" : "s")" : nil,
                ]
                .compactMap { $0 }.joined(separator: " and ")
                FileHandle.standardError.write(
                    Data("dijipilot: \(counts) found in \(CourseLoader.displayPath(folder))\n".utf8))
                throw ExitStatus.problemsFound
            }
        }
    }
}
