import DijipilotCore
import Foundation
import Testing

@Suite("dijipilot assess --json-lines --focus: re-checks headless")
struct HeadlessRecheckTests {
    @Test("bad focus values exit 2 with a clear message, before any question")
    func badValues() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("progress.json").path
        for bad in ["programme:1", "program:", "lesson:1.1.1.1", "recent"] {
            let run = try BinaryRun.run(
                [
                    "assess", "--json-lines", "--profile-file", try unfilteredProfileFile(in: folder), "--progress",
                    progress,
                    "--focus", bad,
                ], input: "")
            #expect(run.status == 2, "\(bad): \(run.stderr)")
            #expect(run.stderr.contains("is not one of program:ID, mission:ID, done, stale"), "\(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        // A well-formed focus naming nothing in the curriculum is also a usage error; it needs a diagnostic first.
        try assessUnfiltered(progress: progress, in: folder, finish: false, extra: ["--max-questions", "12"])
        let unknown = try BinaryRun.run(
            ["assess", "--json-lines", "--progress", progress, "--focus", "program:99"], input: "")
        #expect(unknown.status == 2 && unknown.stderr.contains("there is no program 99"), "\(unknown.stderr)")
    }

    @Test("a program re-check asks at most 8 of its questions and reports its moves; the file keeps it")
    func programRecheck() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("progress.json").path
        let first = try assessUnfiltered(
            progress: progress, in: folder, finish: false, extra: ["--max-questions", "12"])
        #expect(first.status == 0, "\(first.stderr)")
        let run = try BinaryRun.run(
            ["assess", "--json-lines", "--progress", progress, "--focus", "program:3"],
            input: String(repeating: "{\"answer\":2}\n", count: 10))
        #expect(run.status == 0, "\(run.stderr)")
        let questions = run.messages.filter { $0["type"] as? String == "question" }
        #expect(!questions.isEmpty && questions.count <= 8)
        let recheck = try #require(run.messages.last?["recheck"] as? [String: Any])
        #expect(recheck["focus"] as? String == "program:3")
        #expect((recheck["checkpoints"] as? [String])?.allSatisfy { $0.hasPrefix("3.") } == true)
        #expect(recheck["moves"] is [Any])
        let saved =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: progress))) as? [String: Any]
        #expect((saved?["rechecks"] as? [Any])?.count == 1)
        #expect((saved?["diagnostics"] as? [Any])?.count == 2)
    }
}
