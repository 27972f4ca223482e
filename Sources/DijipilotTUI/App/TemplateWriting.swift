import DijipilotCore
import Foundation

/// Carries out `Effect.writeTemplate`: the lesson's template under its own name in `folder`, as
/// `dijipilot template` writes it, never over an existing file. The run loop calls it; tests call it directly.
public enum TemplateWriting {
    public static func perform(lessonID: String, course: CourseData, folder: URL) -> AppAction {
        guard let lesson = course.curriculum.lesson(lessonID) else {
            return .templateWritten(StatusMessage("No lesson \(lessonID) in this curriculum", kind: .error))
        }
        do {
            let template = try LessonTemplate.text(of: lesson, course: course)
            let url = folder.appendingPathComponent(template.name)
            guard !FileManager.default.fileExists(atPath: url.path) else {
                return .templateWritten(
                    StatusMessage("\(template.name) already exists here: not replaced", kind: .error))
            }
            try LessonTemplate.write(template.text, to: url, force: false)
            return .templateWritten(StatusMessage("Wrote \(template.name) in \(folder.path): fill it in"))
        } catch {
            return .templateWritten(
                StatusMessage((error as? LocalizedError)?.errorDescription ?? "\(error)", kind: .error))
        }
    }
}
