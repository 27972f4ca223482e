import DijipilotCore
import Foundation
import Testing

/// A profile file answering every field "prefer-not-to-say": no profile questions, and nothing filtered.
private func unfilteredProfile(in folder: URL) throws -> String {
    let url = folder.appendingPathComponent("profile-unfiltered.json")
    let fields = ProfileField.allCases.map { "\"\($0.rawValue)\":\"prefer-not-to-say\"" }
    try Data("{\(fields.joined(separator: ","))}".utf8).write(to: url)
    return url.path
}

@Suite("dijipilot team through the binary")
struct TeamCommandTests {
    /// A progress file for `name` with one finished diagnostic answering option `key` to everything.
    static func person(_ name: String, key: Int, in folder: URL) throws -> String {
        let progress = folder.appendingPathComponent("\(name).json").path
        let named = try BinaryRun.run(["profile", "--respondent", name, "--role", "ops", "--progress", progress])
        #expect(named.status == 0, "\(named.stderr)")
        let input = Array(repeating: "{\"answer\":\(key)}", count: 40).joined(separator: "\n") + "\n"
        let assess = try BinaryRun.run(
            [
                "assess", "--json-lines", "--profile-file", try unfilteredProfile(in: folder), "--progress", progress,
                "--seed", "\(key)",
            ], input: input)
        #expect(assess.status == 0, "\(assess.stderr)")
        return progress
    }

    @Test("export, add, list, disagreements, report --team; every refusal leaves the file byte for byte")
    func scenario() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ana = try Self.person("Ana", key: 1, in: folder)
        let sam = try Self.person("Sam", key: 3, in: folder)
        let samFile = folder.appendingPathComponent("sam-export.json").path
        let export = try BinaryRun.run(["team", "export", "--progress", sam, "--output", samFile])
        #expect(export.status == 0, "\(export.stderr)")

        let add = try BinaryRun.run(["team", "add", samFile, "--progress", ana])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.contains("added Sam (ops)"))
        let list = try BinaryRun.run(["team", "list", "--progress", ana])
        #expect(list.stdout.contains("Ana (ops)") && list.stdout.contains("Sam (ops)"))

        // Refusals: each exits 1 with a message, and the progress file is byte for byte as it was.
        let damaged = folder.appendingPathComponent("damaged.json")
        try Data("{\"format\":\"dijipilot-team-answers\",".utf8).write(to: damaged)
        var other = try String(contentsOfFile: samFile, encoding: .utf8)
        let exported = try JSONSerialization.jsonObject(with: Data(other.utf8)) as? [String: Any]
        let hash = try #require(exported?["contentHash"] as? String)
        other = other.replacingOccurrences(of: hash, with: "0000")
        other = other.replacingOccurrences(of: "\"Sam\"", with: "\"Lee\"")
        let otherFile = folder.appendingPathComponent("other.json")
        try Data(other.utf8).write(to: otherFile)
        let before = try Data(contentsOf: URL(fileURLWithPath: ana))
        let refusals: [([String], String)] = [
            (["team", "add", samFile], "already on the team"),
            (["team", "add", damaged.path], "cannot be read"),
            (["team", "add", otherFile.path], "another curriculum version"),
            (["team", "add", folder.appendingPathComponent("missing.json").path], "could not be read"),
            (["team", "remove", "Nobody"], "not on the team"),
        ]
        for (arguments, message) in refusals {
            let run = try BinaryRun.run(arguments + ["--progress", ana])
            #expect(run.status == 1, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: ana)) == before, "\(arguments)")
        }

        let map = try BinaryRun.run(["team", "disagreements", "--top", "3", "--progress", ana])
        #expect(map.status == 0, "\(map.stderr)")
        #expect(map.stdout.contains("1. ") && map.stdout.contains("3. ") && !map.stdout.contains("4. "))
        #expect(map.stdout.contains("Ana (ops): ") && map.stdout.contains("Sam (ops): "))
        let html = try BinaryRun.run(["team", "disagreements", "--format", "html", "--progress", ana])
        #expect(html.stdout.contains("<h1>Where the team disagrees</h1>"))
        let report = try BinaryRun.run(["report", "--team", "--progress", ana])
        #expect(report.status == 0 && report.stdout.contains("team: Ana, Sam"))
        let roadmap = try BinaryRun.run(["roadmap", "--team", "--progress", ana])
        #expect(roadmap.status == 0, "\(roadmap.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: ana)) == before)

        let remove = try BinaryRun.run(["team", "remove", "sam", "--progress", ana])
        #expect(remove.status == 0 && remove.stdout.contains("removed Sam"))
        let alone = try BinaryRun.run(["team", "disagreements", "--progress", ana])
        #expect(alone.status == 1 && alone.stderr.contains("two respondents"))
    }
}
