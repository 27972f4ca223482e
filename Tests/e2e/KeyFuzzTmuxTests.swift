import DijipilotCore
import Foundation
import Testing

/// The key fuzz against the real binary: seeded random keys typed into a terminal, in batches, with an
/// occasional resize. The app must keep running through all of it, then quit cleanly and restore the terminal.
@Suite("key fuzzing the real binary in a terminal", .serialized, .enabled(if: TmuxSession.tmuxAvailable))
struct KeyFuzzTmuxTests {
    /// tmux key names: letters, digits, arrows, Enter, Escape, Tab, Backspace, Space, pages, `/` and `?`.
    /// Never `q` or C-c: those quit, which is checked once at the end.
    static let keys: [String] =
        Array("abcdefghijklmnoprstuvwxyzGNW").map(String.init) + (0...9).map(String.init)
        + [
            "Up", "Down", "Left", "Right", "Up", "Down", "Enter", "Enter", "Escape", "Tab", "BTab", "BSpace", "Space",
            "PPage", "NPage", "Home", "End", "/", "?", "d", "c", "h", "r",
        ]

    /// The batches of one seed: each batch is 10 keys, or a resize as (width, height).
    static func batches(seed: UInt64, keys count: Int) -> [Either] {
        var rng = SeededGenerator(seed: seed)
        var batches: [Either] = []
        var sent = 0
        while sent < count {
            if rng.nextInt(6) == 0 {
                batches.append(.resize(width: 50 + rng.nextInt(111), height: 12 + rng.nextInt(39)))
            } else {
                batches.append(.keys((0..<10).map { _ in keys[rng.nextInt(keys.count)] }))
                sent += 10
            }
        }
        return batches
    }

    enum Either { case keys([String]), resize(width: Int, height: Int) }

    /// The shell printed the exit code ("EXIT:0"); the command line itself only shows `EXIT:$?`.
    static func hasExited(_ screen: String) -> Bool {
        screen.range(of: "EXIT:[0-9]", options: .regularExpression) != nil
    }

    @Test("300 seeded random keys and a few resizes: still running, then q exits 0 and the terminal is restored")
    func randomKeys() throws {
        let seed: UInt64 = 11
        let tmux = try TmuxSession(width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.launch()
        try tmux.waitFor("Dijipilot · Home")
        for (index, batch) in Self.batches(seed: seed, keys: 300).enumerated() {
            switch batch {
            case .keys(let keys):
                // One send-keys per batch: tmux types them in order, as fast as a user never could.
                _ = try TmuxSession.run(["tmux", "send-keys", "-t", tmux.name] + keys)
            case .resize(let width, let height):
                try tmux.resize(width: width, height: height)
            }
            // Still running: the shell's exit marker has not appeared (a crash or a stray quit would print it).
            let screen = try tmux.screen()
            try #require(!Self.hasExited(screen), "seed \(seed) batch #\(index) \(batch): the app ended\n\(screen)")
        }
        // Back to a normal size, out of any search line, help or y/n question, then quit.
        try tmux.resize(width: 100, height: 30)
        for _ in 0..<6 { try tmux.send("Escape"); usleep(60_000) }
        try tmux.waitUntil("a screen of the app, not the too-small notice", timeout: 10) { $0.contains("Dijipilot ·") }
        var screen = try tmux.screen()
        try #require(!Self.hasExited(screen), "seed \(seed): the app ended\n\(screen)")
        try tmux.send("q")
        screen = try tmux.waitUntil("the app's exit code", timeout: 10, Self.hasExited)
        #expect(screen.contains("EXIT:0"), "seed \(seed): the app did not exit with 0\n\(screen)")
        // The terminal is back in canonical mode with echo.
        try tmux.type("stty -a | tr ' ;' '\\n\\n' | grep -cxE 'icanon|echo' | sed 's/^/MODES:/'")
        try tmux.waitFor("MODES:2")
    }
}
