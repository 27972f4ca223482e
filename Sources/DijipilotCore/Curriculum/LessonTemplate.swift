import Foundation

/// A lesson's starting template (Markdown or CSV), stored as data in the `templates` folder beside the curriculum:
/// finding it, checking it parses, and writing a copy for the founder without ever overwriting by accident.
public enum LessonTemplate {
    /// `templates/NAME.md` or `templates/NAME.csv`: one file inside the folder, never outside it.
    public static func isSafeReference(_ name: String) -> Bool {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0] == "templates", let file = parts.last, !file.isEmpty,
            !file.hasPrefix("."), !file.contains("\\")
        else { return false }
        return file.hasSuffix(".md") || file.hasSuffix(".csv")
    }

    /// The problems of one lesson's template: missing, unreadable, empty, or a CSV that does not parse.
    static func problems(_ reference: String, folder: URL) -> [String] {
        let url = folder.appendingPathComponent(reference)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return [
                "\"\(reference)\" does not exist in \(folder.lastPathComponent)/: add the file or remove the reference"
            ]
        }
        guard let text = String(data: data, encoding: .utf8) else { return ["\"\(reference)\" is not UTF-8 text"] }
        if text.allSatisfy(\.isWhitespace) { return ["\"\(reference)\" is empty"] }
        if reference.hasSuffix(".csv") {
            switch CSVTable.parse(text) {
            case .failure(let error): return ["\"\(reference)\" is not valid CSV: \(error.message)"]
            case .success(let rows):
                if rows.count < 2 { return ["\"\(reference)\" needs a header row and at least one row"] }
                if let bad = rows.firstIndex(where: { $0.count != rows[0].count }) {
                    return [
                        "\"\(reference)\" row \(bad + 1) has \(rows[bad].count) fields; the header has \(rows[0].count)"
                    ]
                }
            }
        }
        return []
    }

    /// The template's text, for a lesson of a loaded course.
    public static func text(of lesson: Lesson, course: CourseData) throws -> (name: String, text: String) {
        guard let reference = lesson.work?.template else {
            throw TemplateError.noTemplate(lessonID: lesson.id)
        }
        guard let folder = course.folder,
            let data = FileManager.default.contents(atPath: folder.appendingPathComponent(reference).path),
            let text = String(data: data, encoding: .utf8)
        else {
            throw TemplateError.unreadable(reference: reference)
        }
        return (String(reference.dropFirst("templates/".count)), text)
    }

    /// Writes `text` to `url` atomically; refuses to replace an existing file unless `force`.
    public static func write(_ text: String, to url: URL, force: Bool) throws {
        if !force && FileManager.default.fileExists(atPath: url.path) {
            throw TemplateError.exists(path: url.path)
        }
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw TemplateError.unwritable(path: url.path, reason: "the folder \(folder) does not exist")
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
            throw TemplateError.unwritable(path: url.path, reason: "the folder \(folder) is not writable")
        }
        do { try Data(text.utf8).write(to: url, options: .atomic) } catch {
            throw TemplateError.unwritable(path: url.path, reason: (error as NSError).localizedDescription)
        }
    }
}

public enum TemplateError: LocalizedError, Equatable {
    case noTemplate(lessonID: String)
    case unreadable(reference: String)
    case exists(path: String)
    case unwritable(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .noTemplate(let id): return "lesson \(id) has no template (its artefact is not a document or sheet)"
        case .unreadable(let reference): return "the template \(reference) could not be read from the curriculum folder"
        case .exists(let path):
            return "\(path) already exists: choose another name with --output, or replace it with --force"
        case .unwritable(let path, let reason):
            return "cannot write \(path): \(reason); choose a folder you can write to with --output"
        }
    }
}
