import Foundation

/// One thing wrong with a data file: which file, where in it (a JSON path), and which rule it breaks.
public struct ValidationProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// A JSON path such as `programs[5].missions[11].modules[0].lessons[0].difficulty`; empty for the whole file.
    public var path: String
    public var message: String

    public init(file: String, path: String, message: String) {
        self.file = file; self.path = path; self.message = message
    }

    public var description: String {
        path.isEmpty ? "\(file): \(message)" : "\(file): \(path): \(message)"
    }
}

/// Loading a data folder failed; every problem found is listed, not only the first.
public struct CourseDataError: LocalizedError, Equatable {
    public var problems: [ValidationProblem]
    public init(problems: [ValidationProblem]) { self.problems = problems }

    public var errorDescription: String? {
        let count = problems.count
        let head = "the curriculum data has \(count) problem\(count == 1 ? "" : "s"):"
        return ([head] + problems.map { "  " + $0.description }).joined(separator: "\n")
    }
}
