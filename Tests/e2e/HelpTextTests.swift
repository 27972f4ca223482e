import Foundation
import Testing

@Suite("help texts through the binary")
struct HelpTextTests {
    static let commands = [
        "assess", "roadmap", "report", "done", "todo", "note", "profile", "team", "compare", "curriculum", "validate",
        "template", "generate-curriculum", "snapshot",
    ]

    /// A line the source broke by hand and ArgumentParser then wrapped again: short, ending mid-sentence (no
    /// punctuation), and followed by the rest of the sentence.
    static func brokenMidSentence(_ text: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        return zip(lines, lines.dropFirst()).compactMap { line, next in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.count >= 3, trimmed.count < 30, !line.hasPrefix("  "),
                let last = trimmed.last, last.isLetter || last.isNumber,
                let first = next.first, first.isLowercase
            else { return nil }
            return "\(line) ⏎ \(next)"
        }
    }

    @Test("at 60 columns every help text is wrapped by ArgumentParser, never broken mid-sentence by hand")
    func wrapped() throws {
        #expect(
            Self.brokenMidSentence("Formats: text, markdown and two that take the plan\nelsewhere.").isEmpty,
            "a long first line is not a short one")
        #expect(!Self.brokenMidSentence("two that take the plan\nelsewhere.").isEmpty, "the check finds the break")
        for command in Self.commands {
            let help = try BinaryRun.run(["help", command], environment: ["COLUMNS": "60"])
            #expect(help.status == 0, "\(command): \(help.stderr)")
            #expect(help.stdout.contains("OVERVIEW:"), "\(command)")
            #expect(Self.brokenMidSentence(help.stdout).isEmpty, "dijipilot help \(command)")
        }
    }
}
