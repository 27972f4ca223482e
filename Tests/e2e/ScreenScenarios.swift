import Foundation
import Testing

/// The user journeys of the full-screen app, in a real terminal.
@Suite("journeys through the app in a terminal", .serialized, .enabled(if: TmuxSession.tmuxAvailable))
struct ScreenScenarios {
    @Test("(a) explore the tree: search “continuity” and read lesson 6.12.1.1")
    func exploreTree() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.kill() }
        try tmux.launch()
        try tmux.waitFor("Dijipilot · Home")
        try tmux.send("c")
        try tmux.waitFor("Market & Niche Research")
        try tmux.send("/")
        try tmux.sendLiteral("continuity")
        try tmux.send("Enter")
        try tmux.waitFor("6.12.1.1")
        try tmux.send("Enter")
        try tmux.waitUntil("the lesson summary") { $0.contains("Disaster") && $0.contains("What it is") }
        try tmux.send("q")
        try tmux.waitFor("EXIT:0")
    }

    @Test(
        "(b) take the whole diagnostic by keys, with one back, to the heatmap; (c) mark a roadmap lesson done and find it done after a restart"
    )
    func diagnosticToHeatmapAndRoadmap() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.kill() }
        try tmux.launch("--max-questions 8")
        try tmux.waitFor("Dijipilot · Home")
        try tmux.send("d")
        try tmux.waitFor("Diagnostic")
        try tmux.send("Enter")
        try tmux.skipProfile()
        try tmux.waitFor("Question 1")
        try tmux.send("1")
        try tmux.waitFor("Question 2")
        try tmux.send("BSpace")
        try tmux.waitFor("Question 1")
        for n in 1...8 {
            try tmux.send("2")
            if n < 8 { try tmux.waitFor("Question \(n + 1)") }
        }
        try tmux.waitFor("Results")
        try tmux.send("r")
        try tmux.waitFor("Dijipilot · Roadmap")
        try tmux.send("Space")
        try tmux.waitFor("Dijipilot · Done when")
        try tmux.tickEveryCriterion()
        try tmux.send("Escape")
        try tmux.waitFor("[x]")
        try tmux.send("q")
        try tmux.waitFor("EXIT:0")
        // Offline review: a new start shows the same roadmap with the lesson done, and learned in the heatmap.
        try tmux.launch()
        try tmux.waitFor("Dijipilot · Home")
        try tmux.send("r")
        let screen = try tmux.waitFor("[x]")
        #expect(screen.contains("Your roadmap · "), "the roadmap opens on its headline")
        try tmux.send("Escape")
        try tmux.waitFor("Dijipilot · Home")
        try tmux.send("h")
        try tmux.waitFor("▓ learned 1")
        try tmux.send("q")
        try tmux.waitFor("EXIT:0")
    }

    @Test(
        "(f) open a roadmap lesson, tick its Done-when list half-way, quit, resume, tick the rest: learned after a restart"
    )
    func doneWhenWalk() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.launch("--max-questions 6")
        try tmux.takeDiagnostic(questions: 6) { _ in "2" }
        try tmux.send("r")
        try tmux.waitFor("Dijipilot · Roadmap")
        // The lesson pane, as a founder reads it before doing the work: x there walks the same list.
        try tmux.send("Enter")
        try tmux.waitFor("Dijipilot · Curriculum")
        try tmux.send("x")
        try tmux.waitFor("Dijipilot · Done when")
        try tmux.send("1")
        try tmux.waitFor("1 of ")
        try tmux.send("q")
        try tmux.waitFor("EXIT:0")
        try tmux.launch()
        try tmux.waitFor("Dijipilot · Home")
        try tmux.send("r")
        try tmux.waitFor("[~]")
        try tmux.send("Space")
        // Waits for the whole frame: the title bar can be drawn a moment before the walk below it.
        let resumed = try tmux.waitUntil("the walk resumed") {
            $0.contains("Dijipilot · Done when") && $0.contains("1. [x]")
        }
        #expect(resumed.contains("1. [x]"))
        try tmux.tickEveryCriterion()
        try tmux.send("q")
        try tmux.waitFor("EXIT:0")
        try tmux.launch()
        try tmux.waitFor("Dijipilot · Home")
        try tmux.send("h")
        try tmux.waitFor("▓ learned 1")
        try tmux.send("q")
        try tmux.waitFor("EXIT:0")
    }

    @Test("(d) quit mid-diagnostic, start again, resume and finish; (e) resize during a question keeps it")
    func resumeAndResize() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.launch("--max-questions 5")
        try tmux.waitFor("Dijipilot · Home")
        try tmux.send("d")
        try tmux.send("Enter")
        try tmux.skipProfile()
        try tmux.waitFor("Question 1")
        try tmux.send("1")
        try tmux.waitFor("Question 2")
        try tmux.send("3")
        try tmux.waitFor("Question 3")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitUntil("question 3 at 80×24") { $0.contains("Question 3") && !$0.contains("too small") }
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor("Question 3")
        try tmux.send("q")
        try tmux.waitFor("EXIT:0")
        try tmux.launch("--max-questions 5")
        try tmux.waitFor("Resume")
        try tmux.send("d")
        try tmux.send("Enter")
        try tmux.waitFor("Question 3")
        for n in 3...5 {
            try tmux.send("1")
            if n < 5 { try tmux.waitFor("Question \(n + 1)") }
        }
        try tmux.waitFor("Results")
        try tmux.send("q")
        try tmux.waitFor("EXIT:0")
    }

    @Test(
        "(g) set a dropshipping profile, finish the diagnostic early: 3PL lessons dimmed in the tree with the reason, absent from the roadmap"
    )
    func profileDropshipping() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.kill() }
        try tmux.launch()
        try tmux.waitFor("Dijipilot · Home")
        try tmux.send("d")
        try tmux.waitFor("7 quick questions")
        try tmux.send("Enter")
        try tmux.waitFor("How is your stock held?")
        try tmux.send("3")
        try tmux.waitFor("Where do you sell?")
        for n in 2...7 {
            try tmux.send("1")
            if n < 7 { try tmux.waitFor("\(n + 1) of 7") }
        }
        try tmux.waitFor("Question 1")
        try tmux.send("2")
        try tmux.waitFor("Question 2")
        try tmux.send("f")
        try tmux.waitFor("(y/n)")
        try tmux.send("y")
        try tmux.waitFor("Results")
        try tmux.send("r")
        let roadmap = try tmux.waitFor("Dijipilot · Roadmap")
        #expect(!roadmap.contains("13.2.1.1"))
        try tmux.send("Escape")
        try tmux.waitFor("Dijipilot · Results")
        try tmux.send("Escape")
        try tmux.waitFor("Dijipilot · Home")
        try tmux.waitFor("Dropshipping · Own store")
        try tmux.send("c")
        try tmux.waitFor("Market & Niche Research")
        try tmux.send("/")
        try tmux.sendLiteral("Third-Party Logistics")
        try tmux.send("Enter")
        let tree = try tmux.waitFor("not for dropshipping")
        #expect(tree.contains("– 13.2.1.1"))
        try tmux.send("Enter")
        try tmux.waitUntil("the lesson pane") {
            $0.contains("not applicable, not for dropshipping") && $0.contains("What it is")
        }
        try tmux.send("q")
        try tmux.waitFor("EXIT:0")
        // The whole saved roadmap, not only its first screen, leaves the 3PL lesson out.
        let saved = try String(contentsOfFile: tmux.progressPath, encoding: .utf8)
        #expect(saved.contains("\"stock\" : \"dropshipping\""))
        #expect(saved.contains("\"lessonID\""))
        #expect(!saved.contains("\"lessonID\" : \"13.2.1.1\""))
    }
}
