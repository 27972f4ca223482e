import ArgumentParser
import DijipilotCore
import Foundation

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write a lesson's starting template (Markdown or CSV) to a file.",
        discussion:
            "Without --output the file goes to the current folder under the template's own name, for example 1.1.1.1-niche-scorecard.csv. An existing file is never replaced unless you pass --force."
    )

    @Argument(help: ArgumentHelp("The lesson id, such as 6.12.1.1.", valueName: "lesson-id"))
    var lessonID: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write to this file (default: the template's name in the current folder).", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        try guarded {
            let course = try dataOptions.load()
            let lesson = try course.lesson(named: lessonID)
            do {
                let template = try LessonTemplate.text(of: lesson, course: course)
                let path = (output.map { ($0 as NSString).expandingTildeInPath }) ?? template.name
                var isFolder: ObjCBool = false
                var url = URL(fileURLWithPath: path)
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
                    url = url.appendingPathComponent(template.name)
                }
                try LessonTemplate.write(template.text, to: url, force: force)
                print("wrote \(CourseLoader.displayPath(url)) (template for \(lesson.id) \(lesson.title))")
            } catch let error as TemplateError {
                let status = {
                    if case .noTemplate = error { return ExitStatus.usage }; return ExitStatus.problemsFound
                }()
                throw CommandFailure(status: status, message: error.errorDescription ?? "\(error)")
            }
        }
    }
}
