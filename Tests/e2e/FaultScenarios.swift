import DijipilotCore
import Foundation
import Testing

/// Signals in the middle of a diagnostic: the terminal comes back sane and no acknowledged answer is lost.
@Suite("signals during a diagnostic", .serialized, .enabled(if: TmuxSession.tmuxAvailable))
struct FaultScenarios {
    @Test(
        "SIGTERM and SIGINT mid-diagnostic restore echo and canonical mode and keep every answer",
        arguments: ["TERM", "INT"])
    func signalMidDiagnostic(signal: String) throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.launch()
        try tmux.waitFor("Dijipilot · Home")
        try tmux.send("d")
        try tmux.send("Enter")
        try tmux.skipProfile()
        try tmux.waitFor("Question 1")
        try tmux.send("2")
        try tmux.waitFor("Question 2")
        try tmux.send("1")
        try tmux.waitFor("Question 3")
        try tmux.signalApp(signal)
        try tmux.waitFor("EXIT:")
        try tmux.type("stty -a | tr ' ;' '\\n\\n' | grep -cxE 'icanon|echo' | sed 's/^/MODES:/'")
        try tmux.waitFor("MODES:2")
        let progress = try ProgressStore(url: URL(fileURLWithPath: tmux.progressPath)).load()
        #expect(progress.inProgress?.answers.count == 2)
        // Key 2 answered the second option shown; which option of the data that is follows from the saved seed.
        let saved = try #require(progress.inProgress)
        let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Data")
        let course = try CourseLoader.load(folder: data.standardizedFileURL)
        let first = try #require(course.bank.questions.first { $0.id == saved.answers.first?.questionID })
        #expect(saved.answers.first?.choice == OptionOrder.order(of: first, seed: saved.seed)[1])
    }
}
