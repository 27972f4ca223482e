import DijipilotTestSupport
import Foundation
import Testing

@Suite("the real binary in a terminal", .serialized, .enabled(if: TmuxSession.tmuxAvailable))
struct SkeletonScenarios {
    @Test("start shows the title and the programs; q exits 0 and leaves the shell usable")
    func startAndQuit() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.launch()
        let screen = try tmux.waitFor("Dijipilot · Home")
        #expect(screen.contains("Programs"))
        #expect(screen.contains("Business Strategy & Company Management"))
        try tmux.send("q")
        try tmux.waitFor("EXIT:0")
        // The terminal is back in canonical mode with echo: the shell runs a command and shows its output.
        try tmux.type("stty -a | tr ' ;' '\\n\\n' | grep -cxE 'icanon|echo' | sed 's/^/MODES:/'")
        try tmux.waitFor("MODES:2")
    }

    @Test("a 30×10 terminal shows the too-small message; back at 100×30 the screen returns")
    func tooSmallAndBack() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.launch()
        try tmux.waitFor("Dijipilot · Home")
        try tmux.resize(width: 30, height: 10)
        try tmux.waitFor("too small")
        try tmux.resize(width: 100, height: 30)
        let screen = try tmux.waitFor("Dijipilot · Home")
        #expect(!screen.contains("too small"))
        try tmux.send("q")
        try tmux.waitFor("EXIT:0")
    }

    @Test("SIGTERM restores the terminal")
    func sigtermRestores() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.launch()
        try tmux.waitFor("Dijipilot · Home")
        try tmux.signalApp("TERM")
        try tmux.waitFor("EXIT:")
        try tmux.type("stty -a | tr ' ;' '\\n\\n' | grep -cxE 'icanon|echo' | sed 's/^/MODES:/'")
        try tmux.waitFor("MODES:2")
    }

    @Test("without a terminal the app refuses with one line and exit code 2")
    func refusesWithoutTerminal() throws {
        let result = try ChildProcess.run(try TmuxSession.binary(), [], timeout: 30)
        let output = result.stdout + result.stderr
        #expect(result.status == 2)
        #expect(output.contains("needs a terminal"))
        #expect(output.split(separator: "\n").count == 1)
    }
}
