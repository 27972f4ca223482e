import Foundation

/// One thing wrong with a data file: which file, where in it (a JSON path), and which rule it breaks.
public struct ValidationProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// A JSON path such as `programs[5].missions[11].modules[0].lessons[0].difficulty`; empty for the whole file.
    public var path: String
    public var message: String
    /// Errors make the data invalid; warnings are worth fixing but do not (`validate --strict` counts them too).
    public var severity: Severity

    public enum Severity: String, Sendable { case error, warning }

    public init(file: String, path: String, message: String, severity: Severity = .error) {
        self.file = file; self.path = path; self.message = message; self.severity = severity
    }

    public var description: String {
        let mark = severity == .warning ? "warning: " : ""
        return path.isEmpty ? "\(file): \(mark)\(message)" : "\(file): \(path): \(mark)\(message)"
    }
}

/// Loading a data folder failed; every problem found is listed, not only the first.
public struct CourseDataError: LocalizedError, Equatable {
    public var problems: [ValidationProblem]
    /// What could still be read despite the problems, so `validate` can run the later checks on it too.
    var partial: (curriculum: Curriculum?, bank: QuestionBank)?
    public init(problems: [ValidationProblem]) { self.problems = problems }
    init(problems: [ValidationProblem], partial: (curriculum: Curriculum?, bank: QuestionBank)?) {
        self.problems = problems; self.partial = partial
    }

    public static func == (a: CourseDataError, b: CourseDataError) -> Bool { a.problems == b.problems }

    public var errorDescription: String? {
        let count = problems.count
        let head = "the curriculum data has \(count) problem\(count == 1 ? "" : "s"):"
        return ([head] + problems.map { "  " + $0.description }).joined(separator: "\n")
    }
}
