import DijipilotCore
import DijipilotTestSupport
import Foundation

/// Runs the built `dijipilot` binary with arguments and optional stdin, collecting output and exit code.
struct BinaryRun {
    var status: Int32
    var stdout: String
    var stderr: String

    static func run(
        _ arguments: [String], input: String? = nil, environment: [String: String] = [:],
        timeout: TimeInterval = 120
    ) throws -> BinaryRun {
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        for (key, value) in environment { env[key] = value }
        let result = try ChildProcess.run(
            try TmuxSession.binary(), arguments, environment: env,
            input: input ?? "", timeout: timeout)
        return BinaryRun(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    /// Each stdout line parsed as a JSON object.
    var messages: [[String: Any]] {
        stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
}

func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dj-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// A profile file answering "prefer not to say" to every field: the whole curriculum applies, and no profile
/// question is asked.
func unfilteredProfileFile(in folder: URL) throws -> String {
    let url = folder.appendingPathComponent("profile-unfiltered.json")
    let fields = ProfileField.allCases.map { "\"\($0.rawValue)\":\"prefer-not-to-say\"" }
    try Data("{\(fields.joined(separator: ","))}".utf8).write(to: url)
    return url.path
}

/// `dijipilot assess --json-lines` into `progress` with every profile field "prefer not to say" (the whole
/// curriculum applies and no profile question is asked): `count` answers of the option at `key`, then a finish
/// unless told otherwise; `extra` adds flags such as `--max-questions`.
@discardableResult
func assessUnfiltered(
    progress: String, in folder: URL, key: Int = 1, count: Int = 12, finish: Bool = true, seed: UInt64? = nil,
    extra: [String] = []
) throws -> BinaryRun {
    var arguments = [
        "assess", "--json-lines", "--profile-file", try unfilteredProfileFile(in: folder), "--progress", progress,
    ]
    if let seed { arguments += ["--seed", "\(seed)"] }
    let input = String(repeating: "{\"answer\":\(key)}\n", count: count) + (finish ? "{\"finish\":true}\n" : "")
    return try BinaryRun.run(arguments + extra, input: input)
}
