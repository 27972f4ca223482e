import DijipilotCore
import Foundation
import Testing

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
                "assess", "--json-lines", "--profile-file", try unfilteredProfileFile(in: folder), "--progress",
                progress,
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
        let screens = try ["team", "disagreements"].map {
            try BinaryRun.run(["snapshot", "--screen", $0, "--size", "80x24", "--progress", ana]).stdout
        }
        #expect(screens[0].contains("Dijipilot · Your team") && screens[0].contains("Sam"), "\(screens[0])")
        #expect(screens[1].contains("Dijipilot · Where the team disagrees"), "\(screens[1])")

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

    @Test("a teammate answers about programs 7-11 only: bad ranges change nothing, the export adds no other evidence")
    func programScoped() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ana = try Self.person("Ana", key: 1, in: folder)
        let mia = folder.appendingPathComponent("Mia.json").path
        #expect(
            try BinaryRun.run(["profile", "--respondent", "Mia", "--role", "marketing", "--progress", mia]).status == 0)
        let profile = try unfilteredProfileFile(in: folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: mia))
        for bad in ["99", "3-x", "11-7", ""] {
            let run = try BinaryRun.run(
                ["assess", "--json-lines", "--programs", bad, "--profile-file", profile, "--progress", mia], input: "")
            #expect(run.status == 2, "\(bad): \(run.stderr)")
            #expect(run.stderr.contains("--programs"), "\(bad): \(run.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: mia)) == before, "\(bad)")
        }
        let both = try BinaryRun.run([
            "assess", "--json-lines", "--programs", "7", "--focus", "done", "--progress", mia,
        ])
        #expect(both.status == 2)

        let input = Array(repeating: "{\"answer\":2}", count: 40).joined(separator: "\n") + "\n"
        let assess = try BinaryRun.run(
            [
                "assess", "--json-lines", "--programs", "7-11", "--profile-file", profile, "--progress", mia, "--seed",
                "4",
            ],
            input: input)
        #expect(assess.status == 0, "\(assess.stderr)")
        let lines = assess.stdout.split(separator: "\n").map(String.init)
        let questions = lines.filter { $0.hasPrefix("{\"type\":\"question\"") }
        #expect(!questions.isEmpty)
        for line in questions {
            let message = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let programs = (message?["checkpoints"] as? [String] ?? []).map { $0.prefix { $0 != "." } }
            #expect(programs.contains { ["7", "8", "9", "10", "11"].contains(String($0)) }, "\(line)")
        }
        let result = try JSONSerialization.jsonObject(with: Data((lines.last ?? "").utf8)) as? [String: Any]
        #expect(result?["scope"] as? [String] == ["7", "8", "9", "10", "11"])
        #expect((result?["programs"] as? [[String: Any]])?.map { $0["id"] as? String } == ["7", "8", "9", "10", "11"])
        let again = try BinaryRun.run(["assess", "--json-lines", "--programs", "3", "--progress", mia], input: input)
        #expect(again.status == 1 && again.stderr.contains("has a diagnostic already (D1)"), "\(again.stderr)")

        let miaFile = folder.appendingPathComponent("mia-export.json").path
        #expect(try BinaryRun.run(["team", "export", "--progress", mia, "--output", miaFile]).status == 0)
        let alone = try BinaryRun.run(["report", "--team", "--format", "json", "--progress", ana])
        let add = try BinaryRun.run(["team", "add", miaFile, "--progress", ana])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.contains("added Mia (marketing): ") && add.stdout.contains(" answers about programs 7-11"))
        let together = try BinaryRun.run(["report", "--team", "--format", "json", "--progress", ana])
        func programs(_ json: String) throws -> [String: Double] {
            let document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            let list = document?["programs"] as? [[String: Any]] ?? []
            return Dictionary(
                uniqueKeysWithValues: list.map { ($0["id"] as? String ?? "", $0["mastery"] as? Double ?? -1) })
        }
        let (a, b) = (try programs(alone.stdout), try programs(together.stdout))
        #expect(a.count == 18 && b.count == 18)
        for id in a.keys where !["7", "8", "9", "10", "11"].contains(id) { #expect(a[id] == b[id], "program \(id)") }
        #expect(["7", "8", "9", "10", "11"].contains { a[$0] != b[$0] })
        // The disagreement map hears Mia only about her programs: every checkpoint it lists is in 7-11.
        let map = try BinaryRun.run(["team", "disagreements", "--top", "200", "--progress", ana])
        #expect(map.status == 0, "\(map.stderr)")
        let listed = map.stdout.split(separator: "\n").compactMap { line -> String? in
            guard let dot = line.firstIndex(of: "."), Int(line[..<dot]) != nil else { return nil }
            return line[line.index(after: dot)...].split(separator: " ").first.map(String.init)
        }
        #expect(!listed.isEmpty)
        for id in listed { #expect(["7", "8", "9", "10", "11"].contains(String(id.prefix { $0 != "." })), "\(id)") }
    }
}
