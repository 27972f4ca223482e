import Foundation
import Testing

/// Issue 14's loop closed in a real terminal: two lessons marked done, "verify done lessons", answers chosen so
/// one is confirmed and the other contradicted, and the roadmap saying so.
@Suite("re-checks in the app, in a terminal", .serialized, .enabled(if: TmuxSession.tmuxAvailable))
struct RecheckScenarios {
    /// The built-in question bank: each prompt, the checkpoints it probes, and each option's label and evidence.
    struct BankQuestion {
        var prompt: String
        var checkpoints: [String]
        var options: [(label: String, evidence: [String: Double])]
    }

    static func bank() throws -> [BankQuestion] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/questions.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let questions = try #require(json?["questions"] as? [[String: Any]])
        return questions.map { q in
            BankQuestion(
                prompt: q["prompt"] as? String ?? "", checkpoints: q["checkpoints"] as? [String] ?? [],
                options: (q["options"] as? [[String: Any]] ?? []).map {
                    ($0["label"] as? String ?? "", $0["evidence"] as? [String: Double] ?? [:])
                })
        }
    }

    /// Words of `text` joined by single spaces: a prompt wrapped over several screen lines still matches.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// The key of the option on screen that speaks most for `confirm` and least for `contradict`: its label's
    /// start is found on a screen line, whose number is the key (the order is shuffled per question).
    static func steeringKey(
        _ screen: String, bank: [BankQuestion], confirm: String, contradict: String
    ) throws -> String {
        let flat = words(
            screen.split(separator: "\n").map { String($0.drop { $0 == " " || $0 == "▸" }) }.joined(
                separator: " "))
        // Plain errors, not #require: a screen caught mid-redraw is retried by `steeringKeyOnScreen`. Two
        // questions may share a prompt (a region's variants): the one whose options are all on screen is shown.
        let lines = screen.split(separator: "\n")
        guard
            let question = bank.first(where: { question in
                flat.contains(words(question.prompt))
                    && question.options.allSatisfy { option in
                        lines.contains { $0.contains(String(option.label.prefix(30))) }
                    }
            })
        else { throw HarnessError("no bank question with all its options on\n\(screen)") }
        var best: (score: Double, key: String)?
        for option in question.options {
            let a = question.checkpoints.contains(confirm) ? option.evidence[confirm] ?? 0 : 0
            let b = question.checkpoints.contains(contradict) ? option.evidence[contradict] ?? 0 : 0
            let start = String(option.label.prefix(30))
            guard let line = screen.split(separator: "\n").first(where: { $0.contains(start) }),
                let key = line.drop(while: { $0 == " " || $0 == "▸" }).first(where: { $0.isNumber })
            else { throw HarnessError("option “\(start)…” not on\n\(screen)") }
            if best == nil || a - b > best!.score { best = (a - b, String(key)) }
        }
        guard let best else { throw HarnessError("a question without options on\n\(screen)") }
        return best.key
    }

    /// Waits until `marker` and every option of its question are on screen (the terminal can be caught
    /// mid-redraw), then gives the steering key.
    static func steeringKeyOnScreen(
        _ tmux: TmuxSession, marker: String, bank: [BankQuestion], confirm: String, contradict: String
    ) throws -> String {
        var key: String?
        try tmux.waitUntil("\(marker) with every option of its question") { screen in
            guard screen.contains(marker) else { return false }
            key = try? steeringKey(screen, bank: bank, confirm: confirm, contradict: contradict)
            return key != nil
        }
        return key ?? ""
    }

    /// The lessons marked done in the progress file, in roadmap order.
    static func doneLessons(_ path: String) throws -> [String] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        let items = ((json as? [String: Any])?["roadmap"] as? [String: Any])?["items"] as? [[String: Any]] ?? []
        return items.filter { $0["status"] as? String == "done" }.compactMap { $0["lessonID"] as? String }
    }

    @Test("mark two lessons done, verify them: one is assessed mastered, one back on the roadmap, “re-checked on …”")
    func verifyDoneLessons() throws {
        // Below 100 columns the roadmap shows each lesson's reason under it, so both outcomes read off the list.
        let tmux = try TmuxSession(width: 90, height: 30)
        defer { tmux.kill() }
        try tmux.launch("--max-questions 6 --seed 7")
        try tmux.takeDiagnostic(questions: 6) { _ in "1" }
        try tmux.send("r")
        try tmux.waitFor("Dijipilot · Roadmap")
        for step in 0..<2 {
            if step > 0 { try tmux.send("j") }
            try tmux.send("Space")
            try tmux.waitFor("Dijipilot · Done when")
            try tmux.tickEveryCriterion()
            try tmux.send("Escape")
            try tmux.waitFor("Dijipilot · Roadmap")
        }
        let done = try Self.doneLessons(tmux.progressPath)
        try #require(done.count == 2, "\(done)")
        let (confirm, contradict) = (done[0], done[1])

        try tmux.send("v")
        let bank = try Self.bank()
        var screen = ""
        for n in 1...8 {
            try tmux.send(
                try Self.steeringKeyOnScreen(
                    tmux, marker: "Question \(n)", bank: bank, confirm: confirm, contradict: contradict))
            screen = try tmux.waitUntil("question \(n + 1) or the results") {
                $0.contains("Question \(n + 1)") || $0.contains("Re-check done")
            }
            if screen.contains("Re-check done") { break }
        }
        #expect(screen.contains("1 done lessons confirmed, 1 back on th"))

        // The roadmap: the contradicted lesson is to do again with the re-check's reason; the confirmed one is
        // assessed mastered. Page down until each has been seen.
        try tmux.send("r")
        try tmux.waitFor("Dijipilot · Roadmap")
        var seenReason = false, seenAssessed = false
        for _ in 0..<60 where !(seenReason && seenAssessed) {
            let page = try tmux.screen().split(separator: "\n").map(String.init)
            for (i, line) in page.enumerated() where i + 1 < page.count {
                if line.contains("[ ] \(contradict) ")
                    && page[i + 1].range(of: #"re-checked on \d{1,2} [A-Z][a-z]{2}: "#, options: .regularExpression)
                        != nil
                {
                    seenReason = true
                }
                if line.contains("[x] \(confirm) ") && page[i + 1].contains("assessed mastered by the re-check of") {
                    seenAssessed = true
                }
            }
            try tmux.send("NPage")
            usleep(100_000)
        }
        #expect(seenReason, "\(contradict) with a “re-checked on” reason")
        #expect(seenAssessed, "\(confirm) assessed mastered")
        try tmux.send("q")
        try tmux.waitFor("EXIT:0")
    }
}
