import Foundation
import Testing

/// Team mode in the full-screen app: a teammate's file added with `dijipilot team add`, then the team screen, the
/// disagreement map and the heatmap's disagreement mode, in a real terminal.
@Suite("team mode in the app, in a terminal", .serialized, .enabled(if: TmuxSession.tmuxAvailable))
struct TeamScreenScenarios {
    @Test(
        "a short diagnostic, a teammate's file added, then the team screen, the map (Enter opens a lesson), x on the heatmap"
    )
    func teamScreens() throws {
        let tmux = try TmuxSession(width: 120, height: 40)
        defer { tmux.kill() }
        let named = try BinaryRun.run([
            "profile", "--respondent", "Ana", "--role", "founder", "--progress", tmux.progressPath,
        ])
        #expect(named.status == 0, "\(named.stderr)")

        // Ana takes a short diagnostic by keys.
        try tmux.launch("--max-questions 8")
        try tmux.takeDiagnostic(questions: 8) { $0.isMultiple(of: 2) ? "1" : "4" }
        // Alone, the disagreement mode says it needs a teammate.
        try tmux.send("x")
        try tmux.waitFor("needs a teammate")
        try tmux.send("q")
        try tmux.waitFor("EXIT:0")

        // Sam answered on his own machine: his file is added here.
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sam = try TeamCommandTests.person("Sam", key: 3, in: folder)
        let samFile = folder.appendingPathComponent("sam.json").path
        let export = try BinaryRun.run(["team", "export", "--progress", sam, "--output", samFile])
        #expect(export.status == 0, "\(export.stderr)")
        let add = try BinaryRun.run(["team", "add", samFile, "--progress", tmux.progressPath])
        #expect(add.status == 0, "\(add.stderr)")
        let cli = try BinaryRun.run(["team", "disagreements", "--top", "1", "--progress", tmux.progressPath])
        let firstID = try #require(
            cli.stdout.split(separator: "\n").first { $0.hasPrefix("1. ") }?.split(separator: " ").dropFirst().first)

        try tmux.launch()
        try tmux.waitFor("Your team (1 teammate)")
        try tmux.send("m")
        var screen = try tmux.waitFor("Your team: 2 respondents")
        let rows = screen.split(separator: "\n")
        #expect(rows.contains { $0.contains(" Ana ") && $0.contains("founder") && $0.contains(" 8 ") })
        #expect(rows.contains { $0.contains(" Sam ") && $0.contains("ops") && $0.contains("added") })

        try tmux.send("w")
        screen = try tmux.waitFor("Dijipilot · Where the team disagrees")
        // The app's first checkpoint is the core's, as `team disagreements` prints it, with both voices and words.
        #expect(screen.contains("1. \(firstID)  "), "\(screen)")
        #expect(screen.contains("Ana (founder) ") && screen.contains("Sam (ops) "))
        #expect(screen.contains("pts apart · team ") && screen.contains("\""))
        try tmux.send("Enter")
        screen = try tmux.waitFor("Dijipilot · Curriculum")
        #expect(screen.contains("Lesson \(firstID)"))

        try tmux.send("Escape")
        try tmux.waitFor("Dijipilot · Where the team disagrees")
        try tmux.send("Escape")
        try tmux.waitFor("Your team: 2 respondents")
        try tmux.send("s")
        try tmux.waitFor("now show the team picture")
        try tmux.send("h")
        try tmux.waitFor("team picture of Ana, Sam")
        try tmux.send("x")
        try tmux.waitFor("Respondents apart by:")
        try tmux.send("q")
        try tmux.waitFor("EXIT:0")
    }
}
