import DijipilotCore
import Foundation
import Testing

@Suite("dijipilot assess --json-lines, driven from outside")
struct HeadlessAssessTests {
    @Test("a whole diagnostic with a malformed line and a back ends in a saved result")
    func wholeDiagnostic() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("progress.json").path
        // Answer 1, send garbage, answer 2, go back, then answer option 1 to everything else.
        var lines = ["{\"answer\":1}", "this is not json", "{\"answer\":2}", "{\"back\":true}"]
        lines += Array(repeating: "{\"answer\":1}", count: 40)
        let run = try BinaryRun.run(
            [
                "assess", "--json-lines", "--profile-file", try unfilteredProfileFile(in: folder), "--progress",
                progress,
                "--max-questions", "12",
            ],
            input: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let messages = run.messages
        let types = messages.map { $0["type"] as? String ?? "?" }
        #expect(types.first == "question")
        #expect(types.contains("error"))
        #expect(types.last == "result")
        // Every line says what it is first, as the protocol's examples show.
        #expect(run.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("{\"type\":\"") })
        // After the malformed line the same question comes again.
        let errorIndex = try #require(types.firstIndex(of: "error"))
        #expect(messages[errorIndex + 1]["id"] as? String == messages[errorIndex - 1]["id"] as? String)
        // After back, question 2 is asked again.
        let numbers = messages.compactMap { $0["number"] as? Int }
        #expect(numbers.prefix(5) == [1, 2, 2, 3, 2])
        let result = try #require(messages.last)
        #expect(result["questionsAsked"] as? Int == 12)
        let checkpoints = try #require(result["checkpoints"] as? [[String: Any]])
        #expect(checkpoints.count >= 100)
        #expect((result["programs"] as? [Any])?.count == 18)
        // The result was saved like one taken in the app.
        let saved =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: progress))) as? [String: Any]
        #expect((saved?["diagnostics"] as? [Any])?.count == 1)
        #expect(saved?["roadmap"] != nil)
    }

    @Test("input that ends early keeps the answers, exits 5, and the next run resumes")
    func endOfInputResumes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("progress.json").path
        let first = try BinaryRun.run(
            [
                "assess", "--json-lines", "--profile-file", try unfilteredProfileFile(in: folder), "--progress",
                progress,
            ],
            input: "{\"answer\":1}\n{\"answer\":3}\n")
        #expect(first.status == 5)
        #expect(first.stderr.contains("input ended after 2 answer(s)"))
        let second = try BinaryRun.run(
            [
                "assess", "--json-lines", "--profile-file", try unfilteredProfileFile(in: folder), "--progress",
                progress,
            ],
            input: "{\"finish\":true}\n")
        #expect(second.status == 0)
        #expect(second.messages.first?["number"] as? Int == 3)
        #expect(second.messages.last?["questionsAsked"] as? Int == 2)
    }

    @Test("options come shuffled by the seed, the same on every run; a key is a position, the file keeps the choice")
    func shuffledOptions() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func firstQuestion(seed: String, _ name: String) throws -> [[String: Any]] {
            let progress = folder.appendingPathComponent(name).path
            let run = try BinaryRun.run(
                [
                    "assess", "--json-lines", "--profile-file", try unfilteredProfileFile(in: folder), "--progress",
                    progress,
                    "--seed", seed,
                ],
                input: "{\"answer\":2}\n")
            return try #require(run.messages.first?["options"] as? [[String: Any]])
        }
        let a = try firstQuestion(seed: "5", "a.json"), b = try firstQuestion(seed: "5", "b.json")
        #expect(a.map { $0["label"] as? String } == b.map { $0["label"] as? String })
        #expect(a.map { $0["key"] as? Int } == Array(1...a.count))
        #expect(a.last?["label"] as? String == "Not sure")
        let choices = a.compactMap { $0["choice"] as? Int }
        #expect(choices.sorted() == Array(0..<a.count))
        let saved = try ProgressStore(url: folder.appendingPathComponent("a.json")).load()
        #expect(saved.inProgress?.answers.first?.choice == choices[1])
        #expect(saved.inProgress?.seed == 5)
        // Over several seeds the first question's options do not always come in the data's order.
        let orders = try (6...9).map {
            try firstQuestion(seed: "\($0)", "s\($0).json").compactMap { $0["choice"] as? Int }
        }
        #expect(orders.contains { $0 != Array(0..<$0.count) })
    }

    @Test("garbage, huge lines and unknown keys get errors without losing the session")
    func garbage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("progress.json").path
        let huge = String(repeating: "x", count: 200_000)
        let input = [
            "{\"answer\":99}", "{\"skip\":true}", huge, "[1,2]", "{\"answer\":true}", "", "{\"answer\":1}",
            "{\"finish\":true}",
        ]
        let run = try BinaryRun.run(
            [
                "assess", "--json-lines", "--profile-file", try unfilteredProfileFile(in: folder), "--progress",
                progress,
            ],
            input: input.joined(separator: "\n") + "\n")
        #expect(run.status == 0)
        let errors = run.messages.filter { $0["type"] as? String == "error" }
        #expect(errors.count == 6)
        #expect(run.messages.last?["questionsAsked"] as? Int == 1)
    }
}

@Suite("dijipilot assess --json-lines: the business profile")
struct HeadlessProfileTests {
    @Test("without a profile the profile questions come first; bad values get an error line and the same question")
    func profileQuestions() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("progress.json").path
        // stock: dropshipping (3), channels: a bad key then own store, region: back (refused) then us, the rest
        // "Prefer not to say" (the last key of each), then finish the diagnostic at once.
        var input = ["{\"answer\":3}", "{\"answer\":9}", "{\"answer\":1}", "{\"back\":true}", "{\"answer\":1}"]
        input += ["{\"answer\":3}", "{\"answer\":5}", "{\"answer\":6}", "{\"answer\":6}", "{\"finish\":true}"]
        let run = try BinaryRun.run(
            ["assess", "--json-lines", "--progress", progress], input: input.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let messages = run.messages
        let types = messages.map { $0["type"] as? String ?? "?" }
        #expect(Array(types.prefix(3)) == ["profile-question", "profile-question", "error"])
        let asked = messages.filter { $0["type"] as? String == "profile-question" }.compactMap {
            $0["field"] as? String
        }
        #expect(
            asked == [
                "stock", "channels", "channels", "region", "region", "crossBorder", "team", "revenue", "platform",
            ])
        #expect(types.filter { $0 == "error" }.count == 2)
        let first = try #require(messages.first)
        #expect(first["prompt"] as? String == ProfileField.stock.question && first["total"] as? Int == 7)
        let options = try #require(first["options"] as? [[String: Any]])
        #expect(options.map { $0["key"] as? Int } == Array(1...6))
        #expect(options.last?["value"] as? String == "prefer-not-to-say")
        #expect(types.dropFirst(asked.count + 2).first == "question")
        let result = try #require(messages.last)
        #expect((result["notApplicable"] as? [String])?.contains("13.2.1.1") == true)
        let saved = try ProgressStore(url: URL(fileURLWithPath: progress)).load()
        #expect(saved.profile.business[.stock] == "dropshipping" && saved.profile.business[.region] == "us")
        #expect(saved.profile.business[.platform] == "prefer-not-to-say" && saved.profile.business.isComplete)
        // The next run does not ask again.
        let again = try BinaryRun.run(["assess", "--json-lines", "--progress", progress], input: "{\"finish\":true}\n")
        #expect(again.messages.first?["type"] as? String == "question")
    }

    @Test("--profile-file sets the profile: no profile questions, questions it rules out are never asked")
    func profileFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("progress.json").path
        let file = folder.appendingPathComponent("profile.json")
        try Data(
            #"{"stock":"dropshipping","channels":"own-store","region":"eu","crossBorder":"domestic","team":"solo","revenue":"under-10k","platform":"shopify"}"#
                .utf8
        ).write(to: file)
        let run = try BinaryRun.run(
            ["assess", "--json-lines", "--progress", progress, "--profile-file", file.path, "--max-questions", "25"],
            input: String(repeating: "{\"answer\":1}\n", count: 30))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let asked = run.messages.filter { $0["type"] as? String == "question" }.compactMap { $0["id"] as? String }
        #expect(!asked.isEmpty && run.messages.first?["type"] as? String == "question")
        for ruledOut in ["q-2-quality", "q-13-daily-shipping", "q-14-sales-tax", "q-17-team-performance"] {
            #expect(!asked.contains(ruledOut))
        }
        let gaps = try #require(run.messages.last?["gaps"] as? [String])
        #expect(!gaps.contains("2.1.2.2") && !gaps.contains("13.2.1.1") && !gaps.contains("14.1.2.1"))
        let saved = try ProgressStore(url: URL(fileURLWithPath: progress)).load()
        #expect(saved.profile.business[.team] == "solo")
        #expect(!(saved.roadmap?.items.contains { $0.lessonID == "13.2.1.1" } ?? true))
    }

    @Test("a profile file with an unknown field or value is refused with exit 2")
    func badProfileFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("profile.json")
        try Data(#"{"stock":"warehouse"}"#.utf8).write(to: file)
        let run = try BinaryRun.run(
            [
                "assess", "--json-lines", "--progress", folder.appendingPathComponent("p.json").path, "--profile-file",
                file.path,
            ], input: "")
        #expect(run.status == 2)
        #expect(run.stderr.contains("stock: \"warehouse\" is not one of own-stock, 3pl"))
    }

    @Test("dijipilot profile sets a field, lists the values in --help and refuses an unknown one")
    func profileCommand() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("progress.json").path
        let help = try BinaryRun.run(["profile", "--help"])
        #expect(help.stdout.contains("dropshipping") && help.stdout.contains("--cross-border"))
        let set = try BinaryRun.run(["profile", "--progress", progress, "--stock", "dropshipping", "--team", "solo"])
        #expect(set.status == 0, "stderr: \(set.stderr)")
        #expect(set.stdout.contains("stock: dropshipping"))
        let bad = try BinaryRun.run(["profile", "--progress", progress, "--region", "mars"])
        #expect(bad.status != 0 && bad.stderr.contains("mars"))
        let saved = try ProgressStore(url: URL(fileURLWithPath: progress)).load()
        #expect(saved.profile.business[.stock] == "dropshipping" && saved.profile.business[.team] == "solo")
    }
}

@Suite("subcommands given bad input")
struct BadInputTests {
    @Test("the built-in curriculum and questions pass validate --strict: no error and no warning")
    func builtInIsStrictlyValid() throws {
        let run = try BinaryRun.run(["validate", "--strict"])
        #expect(run.status == 0, "validate --strict on the built-in data:\n\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("valid: 18 programs"))
    }

    @Test("validate on a missing folder, an empty file and deeply nested JSON explains each, exit 1")
    func validateBadData() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("curriculum.json"))
        try Data((String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)).utf8)
            .write(to: folder.appendingPathComponent("questions.json"))
        let run = try BinaryRun.run(["validate", "--data", folder.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("curriculum.json: is empty"))
        #expect(run.stdout.contains("questions.json: is not valid JSON"))
        let missing = try BinaryRun.run(["curriculum", "--data", folder.appendingPathComponent("nope").path])
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("is not a folder"))
    }

    @Test("roadmap --hours-per-week regroups the weeks, keeps every lesson and status, and is saved for later runs")
    func hoursPerWeek() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("progress.json").path
        let taken = try assessUnfiltered(progress: progress, in: folder)
        #expect(taken.status == 0)
        func roadmapJSON(_ extra: [String] = []) throws -> [String: Any] {
            let run = try BinaryRun.run(["roadmap", "--format", "json", "--progress", progress] + extra)
            #expect(run.status == 0, "\(run.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        }
        func weeks(_ json: [String: Any]) -> [[String: Any]] { json["weeks"] as? [[String: Any]] ?? [] }
        func lessons(_ json: [String: Any]) -> [String] {
            weeks(json).flatMap { ($0["lessons"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
        }
        let before = try roadmapJSON()
        let first = try #require(lessons(before).first)
        #expect(try BinaryRun.run(["done", first, "--criteria", "all", "--progress", progress]).status == 0)
        let doubled = try roadmapJSON(["--hours-per-week", "6"])
        #expect(lessons(doubled) == lessons(before))
        #expect(weeks(doubled).count < weeks(before).count)
        let again = try roadmapJSON()
        #expect(weeks(again).count == weeks(doubled).count)
        #expect(try BinaryRun.run(["roadmap", "--progress", progress]).stdout.contains("6 h a week"))
        #expect(try BinaryRun.run(["roadmap", "--progress", progress]).stdout.contains("[x] \(first)"))
        let refused = try BinaryRun.run(["roadmap", "--progress", progress, "--hours-per-week", "0"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("0.5...40"))
    }

    @Test("profile sets the business name, shows it on the report, and an empty name removes it")
    func profile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("progress.json").path
        #expect(try BinaryRun.run(["profile", "--progress", progress]).stdout.contains("not set"))
        #expect(!FileManager.default.fileExists(atPath: progress), "showing the profile must not create the file")
        let set = try BinaryRun.run(["profile", "--progress", progress, "--business-name", "  Acme Candles "])
        #expect(set.status == 0)
        #expect(set.stdout.contains("business name: Acme Candles"))
        _ = try BinaryRun.run(
            [
                "assess", "--json-lines", "--profile-file", try unfilteredProfileFile(in: folder), "--progress",
                progress,
            ],
            input: "{\"finish\":true}\n")
        #expect(
            try BinaryRun.run(["report", "--format", "markdown", "--progress", progress]).stdout.contains(
                "Acme Candles"))
        _ = try BinaryRun.run(["profile", "--progress", progress, "--business-name", ""])
        #expect(try BinaryRun.run(["profile", "--progress", progress]).stdout.contains("not set"))
        #expect(try BinaryRun.run(["profile", "--progress", progress, "--business-name", "a\nb"]).status == 2)
    }

    @Test("compare shows every measurement, then the change between the last two; --list and unknown ids explained")
    func compare() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("progress.json").path
        let none = try BinaryRun.run(["compare", "--progress", progress])
        #expect(none.status == 1)
        try assessUnfiltered(progress: progress, in: folder, count: 40, finish: false, seed: 1)
        let one = try BinaryRun.run(["compare", "--progress", progress])
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout.hasPrefix("Every measurement so far: 1 diagnostic\n"))
        #expect(one.stdout.contains("Only one measurement so far (D1)"))
        let onePair = try BinaryRun.run(["compare", "--to", "D1", "--progress", progress])
        #expect(onePair.status == 1 && onePair.stderr.contains("only one diagnostic"))
        try assessUnfiltered(progress: progress, in: folder, key: 4, count: 40, finish: false, seed: 2)
        let two = try BinaryRun.run(["compare", "--progress", progress])
        #expect(two.status == 0, "\(two.stderr)")
        #expect(two.stdout.hasPrefix("Every measurement so far: 2 diagnostics\n"))
        #expect(two.stdout.contains("\nProgress from D1"))
        let pair = try BinaryRun.run(["compare", "--from", "D1", "--to", "D2", "--progress", progress])
        #expect(pair.stdout.hasPrefix("Progress from D1"))
        #expect(two.stdout.contains("Business Strategy & Company Management"))
        #expect(two.stdout.contains("+"))
        let listed = try BinaryRun.run(["compare", "--list", "--progress", progress])
        #expect(listed.stdout.split(separator: "\n").count == 2)
        let unknown = try BinaryRun.run(["compare", "--from", "D9", "--progress", progress])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("saved: D1, D2"))
        let json = try BinaryRun.run([
            "compare", "--format", "json", "--from", "1", "--to", "2", "--progress", progress,
        ])
        #expect(json.status == 0)
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil)
        let overview = try BinaryRun.run(["compare", "--format", "json", "--progress", progress])
        let document = try JSONSerialization.jsonObject(with: Data(overview.stdout.utf8)) as? [String: Any]
        #expect((document?["diagnostics"] as? [Any])?.count == 2)
        #expect(((document?["latestChange"] as? [String: Any])?["to"] as? [String: Any])?["id"] as? String == "D2")
    }

    @Test("wrong usage (an unknown option, a bad value) exits 2 as documented, not ArgumentParser's 64")
    func usageExitCode() throws {
        let unknown = try BinaryRun.run(["report", "--bogus"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--bogus"))
        #expect(try BinaryRun.run(["snapshot", "--screen", "home", "--size", "abc"]).status == 2)
        #expect(try BinaryRun.run(["assess", "--json-lines", "--max-questions", "0"]).status == 2)
        #expect(try BinaryRun.run(["--help"]).status == 0)
    }

    @Test("a damaged progress file is reported and left byte for byte as it was")
    func damagedProgress() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("progress.json")
        let bytes = Data("{\"schemaVersion\": 1, \"diagnostics\": [".utf8)
        try bytes.write(to: url)
        let run = try BinaryRun.run(["done", "6.12.1.1", "--progress", url.path])
        #expect(run.status == 4)
        #expect(run.stderr.contains("not valid JSON"))
        #expect(try Data(contentsOf: url) == bytes)
    }

    @Test("a 50 MB data file is refused before parsing, by name and size")
    func hugeDataFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(repeating: UInt8(ascii: " "), count: 50 * 1_048_576).write(
            to: folder.appendingPathComponent("curriculum.json"))
        try Data("{}".utf8).write(to: folder.appendingPathComponent("questions.json"))
        let run = try BinaryRun.run(["validate", "--data", folder.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("curriculum.json: is 50 MB, larger than the 32 MB limit"))
        let app = try BinaryRun.run([
            "assess", "--json-lines", "--data", folder.path, "--progress", folder.appendingPathComponent("p.json").path,
        ])
        #expect(app.status == 3)
    }

    @Test("a progress path that is a folder, empty, or not UTF-8 gets a clear error and exit 4 from every command")
    func badProgressFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.json")
        try Data().write(to: empty)
        let binary = folder.appendingPathComponent("binary.json")
        try Data([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x7D]).write(to: binary)
        let directory = folder.appendingPathComponent("dir.json")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for path in [empty, binary, directory] {
            for arguments in [
                ["roadmap"], ["report"], ["done", "6.12.1.1"], ["note", "6.12.1.1", "x"], ["assess", "--json-lines"],
            ] {
                let before = try? Data(contentsOf: path)
                let run = try BinaryRun.run(arguments + ["--progress", path.path], input: "{\"finish\":true}\n")
                #expect(run.status == 4, "\(arguments) on \(path.lastPathComponent): \(run.stderr)")
                #expect(run.stderr.contains(path.lastPathComponent), "\(arguments): \(run.stderr)")
                #expect(run.stderr.split(separator: "\n").count == 1, "\(arguments): \(run.stderr)")
                #expect((try? Data(contentsOf: path)) == before)
            }
        }
    }

    @Test("commands that need a diagnostic explain how to take one, exit 1")
    func noDiagnostic() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("p.json").path
        for arguments in [["roadmap"], ["report"], ["done", "6.12.1.1"]] {
            let run = try BinaryRun.run(arguments + ["--progress", progress])
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr.contains("dijipilot assess --json-lines"), "\(arguments)")
        }
    }
}
