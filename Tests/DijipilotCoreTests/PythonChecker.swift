import DijipilotTestSupport
import Foundation

/// A real parser to check the calendar and CSV exports against: Python's `icalendar` (Debian's python3-icalendar,
/// which `make deps` installs) and its standard `csv` module. Tests that need one are skipped, saying which is
/// missing, when the machine has neither.
enum PythonChecker {
    /// Debian's interpreter first (where apt puts python3-icalendar), then any python3 on the PATH.
    static let candidates: [String] = {
        var paths = ["/usr/bin/python3"]
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            paths.append("\(folder)/python3")
        }
        return paths.filter { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The first python3 that can import `module`.
    static func interpreter(importing module: String) -> String? {
        candidates.first { path in
            (try? ChildProcess.run(path, ["-c", "import \(module)"], timeout: 30))?.status == 0
        }
    }

    static let python: String? = interpreter(importing: "csv")
    static let icalendar: String? = interpreter(importing: "icalendar")

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Runs `script` with `input` written to a file passed as its first argument; returns its stdout parsed as JSON.
    static func run(_ interpreter: String, script: String, input: String) throws -> Any {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dj-py-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("input")
        try Data(input.utf8).write(to: file)
        let result = try ChildProcess.run(interpreter, ["-c", script, file.path], timeout: 60)
        guard result.status == 0 else {
            throw Failure(description: "\(interpreter) exited with \(result.status):\n\(result.stderr)")
        }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }
}
