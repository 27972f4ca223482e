import Foundation
import Testing

@testable import DijipilotCore

@Suite("Progress store: damaged and newer files are never overwritten")
struct ProgressDamageTests {
    struct Damage: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        /// What the message must mention: a line and column, or a field path.
        var mentions: [String]
        var testDescription: String { name }
        init(_ name: String, _ text: String, _ mentions: [String]) {
            self.name = name; self.bytes = Array(text.utf8); self.mentions = mentions
        }
        init(_ name: String, bytes: [UInt8], _ mentions: [String]) {
            self.name = name; self.bytes = bytes; self.mentions = mentions
        }
    }

    static let damages: [Damage] = [
        Damage(
            "truncated", "{\n  \"schemaVersion\" : 1,\n  \"notes\" : {\n    \"1\" : \"a",
            ["line 4, column 13", "truncated"]),
        Damage("empty", "", ["line 1, column 1", "empty"]),
        Damage("not JSON", "schemaVersion = 1\n", ["line 1, column 1"]),
        Damage(
            "syntax error in the middle", "{\n  \"schemaVersion\" : 1,\n  \"notes\" : { \"a\" : b }\n}\n",
            ["line 3, column 21"]),
        Damage(
            "not UTF-8", bytes: Array("{\"notes\": {\"a\": \"".utf8) + [0xFF, 0xFE] + Array("\"}}".utf8),
            ["line 1, column 18", "UTF-8"]),
        Damage("top level is a list", "[1, 2]", ["the top level", "must be an object"]),
        Damage(
            "wrong type", #"{"schemaVersion": 1, "settings": {"hoursPerWeek": "three"}}"#,
            ["settings.hoursPerWeek", "must be a number", "\"three\""]),
        Damage(
            "wrong type deep in a list",
            #"{"schemaVersion": 1, "diagnostics": [{"id": "D1", "takenAt": "2025-03-01T09:30:00Z", "contentHash": "x", "answers": [{"questionID": "q", "choice": "2"}], "result": {}}]}"#,
            ["diagnostics[0].answers[0].choice", "must be a whole number"]),
        Damage(
            "missing field",
            #"{"schemaVersion": 1, "roadmap": {"generatedAt": "2025-03-01T09:30:00Z", "hoursPerWeek": 3, "items": []}}"#,
            ["roadmap.basedOnDiagnostic", "is missing"]),
        Damage(
            "unknown status",
            #"{"schemaVersion": 1, "roadmap": {"generatedAt": "2025-03-01T09:30:00Z", "hoursPerWeek": 3, "basedOnDiagnostic": "D1", "items": [{"lessonID": "1", "week": 1, "reason": "r", "status": "finished"}]}}"#,
            ["roadmap.items[0].status", "\"finished\" is not one of the allowed values"]),
        Damage(
            "bad date",
            #"{"schemaVersion": 1, "inProgress": {"startedAt": "yesterday", "contentHash": "x", "answers": [], "seed": 1, "maxQuestions": 3}}"#,
            ["inProgress.startedAt", "not an ISO 8601 date"]),
        Damage("schemaVersion not a number", #"{"schemaVersion": "1"}"#, ["schemaVersion", "whole number"]),
    ]

    @Test(
        "load fails naming the place, the file stays byte for byte, and save refuses to replace it",
        arguments: damages)
    func damaged(_ damage: Damage) throws {
        let folder = ProgressTemporaryFolder()
        try Data(damage.bytes).write(to: folder.progressURL)
        let store = ProgressStore(url: folder.progressURL)

        let error = try #require(throws: ProgressError.self) { try store.load() }
        #expect(error.isDamaged)
        let message = error.localizedDescription
        #expect(message.contains(folder.progressURL.path))
        for mention in damage.mentions { #expect(message.contains(mention), "\(message)") }
        #expect(message.contains("will not save over it"))
        #expect(message.contains("move it aside"))

        let refusal = try #require(throws: ProgressError.self) { try store.save(ProgressFile()) }
        guard case .refusingToOverwrite = refusal else { Issue.record("expected a refusal, got \(refusal)"); return }
        #expect(refusal.localizedDescription.contains(folder.progressURL.path))
        // A store that never loaded checks the file too.
        #expect(throws: ProgressError.self) { try ProgressStore(url: folder.progressURL).save(ProgressFile()) }
        #expect(folder.bytes().map(Array.init) == damage.bytes)
        #expect(!folder.exists("progress.json.bak") && !folder.exists("progress.json.tmp"))

        // Once the user moves it aside, saving works again.
        try FileManager.default.moveItem(at: folder.progressURL, to: folder.url.appendingPathComponent("moved.json"))
        try store.save(ProgressFile())
        #expect(try store.load() == ProgressFile())
    }

    @Test("a damaged file's message points to the .bak when there is one")
    func pointsToBackup() throws {
        let folder = ProgressTemporaryFolder()
        let store = ProgressStore(url: folder.progressURL)
        try store.save(ProgressFile())
        try store.save(ProgressFile(notes: ["1": "n"]))
        try folder.write("{\"schemaVer")
        let error = try #require(throws: ProgressError.self) { try store.load() }
        #expect(error.localizedDescription.contains(folder.url.appendingPathComponent("progress.json.bak").path))
    }

    @Test("a file written by a newer Dijipilot is refused, left alone and not saved over")
    func newerVersion() throws {
        let folder = ProgressTemporaryFolder()
        let text = #"{"schemaVersion": 7, "somethingNew": true}"#
        try folder.write(text)
        let store = ProgressStore(url: folder.progressURL)
        let error = try #require(throws: ProgressError.self) { try store.load() }
        #expect(
            error
                == .newerVersion(file: folder.progressURL.path, found: 7, supported: ProgressFile.currentSchemaVersion))
        #expect(error.localizedDescription.contains("written by a newer Dijipilot"))
        #expect(error.localizedDescription.contains("update"))
        #expect(throws: ProgressError.self) { try store.save(ProgressFile()) }
        #expect(folder.bytes() == Data(text.utf8))
    }

    @Test("a file changed on disk after loading is checked again before a save")
    func changedBehindOurBack() throws {
        let folder = ProgressTemporaryFolder()
        let store = ProgressStore(url: folder.progressURL)
        try store.save(ProgressFile())
        _ = try store.load()
        try folder.write("{ oops")
        #expect(throws: ProgressError.self) { try store.save(ProgressFile()) }
        #expect(folder.bytes() == Data("{ oops".utf8))
    }
}
