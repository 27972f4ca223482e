import Foundation
import Testing

@Suite("dijipilot template, through the binary")
struct TemplateCommandTests {
    @Test("writes the template under its own name into a folder, and never replaces a file without --force")
    func writesWithoutOverwriting() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try BinaryRun.run(["template", "6.12.1.1", "--output", folder.path])
        #expect(first.status == 0, "\(first.stderr)")
        let file = folder.appendingPathComponent("6.12.1.1-continuity-plan.md")
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.hasPrefix("# "))

        try Data("my filled-in plan".utf8).write(to: file)
        let again = try BinaryRun.run(["template", "6.12.1.1", "--output", file.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists: choose another name with --output, or replace it with --force"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "my filled-in plan")

        let forced = try BinaryRun.run(["template", "6.12.1.1", "--output", file.path, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == written)
    }

    @Test("a folder that does not exist, an unknown lesson and a CSV template each get a clear answer")
    func refusals() throws {
        let missing = try BinaryRun.run(["template", "6.12.1.1", "--output", "/nonexistent-dj/plan.md"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("the folder /nonexistent-dj does not exist"))
        let unknown = try BinaryRun.run(["template", "99.1.1.1"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no lesson \"99.1.1.1\""))

        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try BinaryRun.run(["template", "1.1.1.1", "--output", folder.path])
        #expect(csv.status == 0, "\(csv.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.count == 1 && names[0].hasSuffix(".csv"))
    }
}
