import ArgumentParser
import DijipilotCore
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a curriculum and question bank; print every problem, or a summary of counts.",
        discussion: "Exits 0 when the data is valid, 1 when it has problems (each printed with file, JSON path and rule).")

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        try guarded {
            let folder = try dataOptions.folder()
            do {
                let course = try CourseLoader.load(folder: folder)
                let c = course.curriculum
                print("valid: \(c.programs.count) programs, \(c.missionCount) missions, \(c.moduleCount) modules, "
                      + "\(c.lessons.count) lessons (checkpoints), \(course.bank.questions.count) questions")
            } catch let error as CourseDataError {
                for problem in error.problems { print(problem.description) }
                let n = error.problems.count
                FileHandle.standardError.write(Data("dijipilot: \(n) problem\(n == 1 ? "" : "s") found in \(CourseLoader.displayPath(folder))\n".utf8))
                throw ExitStatus.problemsFound
            }
        }
    }
}
