import DijipilotCore
import Foundation
import Testing

@Suite("dijipilot done through the binary: the criteria are the check")
struct DoneCommandTests {
    @Test("without --criteria or --anyway it lists the criteria and saves nothing; ticks add up to learned")
    func criteriaAreTheCheck() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let progress = folder.appendingPathComponent("progress.json").path
        let taken = try assessUnfiltered(progress: progress, in: folder)
        #expect(taken.status == 0)
        let roadmap = try BinaryRun.run(["roadmap", "--format", "json", "--progress", progress])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(roadmap.stdout.utf8)) as? [String: Any])
        let weeks = try #require(json["weeks"] as? [[String: Any]])
        let lessons = weeks.flatMap { $0["lessons"] as? [[String: Any]] ?? [] }.compactMap { $0["id"] as? String }
        let (first, second) = (lessons[0], lessons[1])
        let before = try Data(contentsOf: URL(fileURLWithPath: progress))

        let bare = try BinaryRun.run(["done", first, "--progress", progress])
        #expect(bare.status == 1)
        #expect(bare.stderr.contains("is done when:") && bare.stderr.contains("[ ] 1. "), "\(bare.stderr)")
        let count = bare.stderr.components(separatedBy: "\n").filter { $0.hasPrefix("  [ ] ") }.count
        #expect(count >= 2)
        #expect(bare.stderr.contains("Nothing was changed"))
        let outOfRange = try BinaryRun.run(["done", first, "--criteria", "1,\(count + 1)", "--progress", progress])
        #expect(outOfRange.status == 2)
        #expect(outOfRange.stderr.contains("numbers from 1 to \(count)"), "\(outOfRange.stderr)")
        for command in [["done", "99.1.1.1"], ["todo", "99.1.1.1"], ["note", "99.1.1.1", "x"]] {
            let unknown = try BinaryRun.run(command + ["--progress", progress])
            #expect(unknown.status == 2 && unknown.stderr.contains("no lesson \"99.1.1.1\""), "\(unknown.stderr)")
        }
        let both = try BinaryRun.run(["done", first, "--criteria", "all", "--anyway", "--progress", progress])
        #expect(both.status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: progress)) == before)

        let partial = try BinaryRun.run(["done", first, "--criteria", "1", "--progress", progress])
        #expect(partial.status == 0)
        #expect(partial.stdout.contains("1 of \(count) criteria ticked, still open:"), "\(partial.stdout)")
        let rest = (2...count).map(String.init).joined(separator: ",")
        #expect(try BinaryRun.run(["done", first, "--criteria", rest, "--progress", progress]).status == 0)
        let anyway = try BinaryRun.run(["done", second, "--anyway", "--progress", progress])
        #expect(anyway.stdout.contains("done anyway"), "\(anyway.stdout)")

        let saved = try ProgressStore(url: URL(fileURLWithPath: progress)).load()
        #expect(saved.doneLessonIDs.contains(first))
        #expect(!saved.doneLessonIDs.contains(second))
        #expect(saved.doneAnywayLessonIDs == [second])
    }
}
