import DijipilotTestSupport
import Foundation
import Testing

/// Drives the real `dijipilot` binary in a detached tmux session: send keys, poll `capture-pane` until the
/// screen shows what we wait for (no fixed sleeps), and always kill the session. Learnt from fzf's tmux tests.
final class TmuxSession {
    let name: String
    let home: URL
    let progressPath: String
    private var alive = true

    /// The built binary next to the test products (`swift build --build-tests` builds it too).
    static func binary() throws -> String {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(".build/debug"),
        ]
        for folder in candidates {
            var dir = folder
            for _ in 0..<4 {
                let path = dir.appendingPathComponent("dijipilot").path
                if FileManager.default.isExecutableFile(atPath: path) { return path }
                dir = dir.deletingLastPathComponent()
            }
        }
        throw HarnessError("the dijipilot binary was not found next to the tests; run `swift build` first")
    }

    static var tmuxAvailable: Bool { (try? run(["tmux", "-V"]))?.status == 0 }

    /// Starts a shell in a new tmux session of the given size, with a private HOME and progress file.
    init(width: Int = 100, height: Int = 30) throws {
        name = "dj-e2e-\(UInt32.random(in: 0...UInt32.max))"
        home = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        progressPath = home.appendingPathComponent("progress.json").path
        let environment = [
            "HOME=\(home.path)", "DIJIPILOT_PROGRESS=\(progressPath)", "TERM=tmux-256color",
            "LC_ALL=C.UTF-8", "LANG=C.UTF-8", "SWIFT_BACKTRACE=enable=no", "PS1=$ ",
        ]
        let result = try Self.run(
            [
                "tmux", "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                "env", "-i", "PATH=/usr/local/bin:/usr/bin:/bin",
            ] + environment + ["bash", "--norc", "--noprofile"])
        guard result.status == 0 else { throw HarnessError("tmux new-session failed: \(result.output)") }
        _ = try? Self.run(["tmux", "set-option", "-t", name, "status", "off"])
        try waitFor("$", timeout: 5)
    }

    deinit { kill() }

    func kill() {
        guard alive else { return }
        alive = false
        _ = try? Self.run(["tmux", "kill-session", "-t", name])
        try? FileManager.default.removeItem(at: home)
    }

    /// Types a command line into the shell and presses Enter.
    func type(_ line: String) throws {
        _ = try Self.run(["tmux", "send-keys", "-t", name, "-l", line])
        _ = try Self.run(["tmux", "send-keys", "-t", name, "Enter"])
    }

    /// Sends tmux key names ("q", "Down", "Enter", "C-c", "Escape", "BSpace").
    func send(_ keys: String...) throws {
        for key in keys { _ = try Self.run(["tmux", "send-keys", "-t", name, key]) }
    }

    /// Sends literal text (no key-name lookup).
    func sendLiteral(_ text: String) throws {
        _ = try Self.run(["tmux", "send-keys", "-t", name, "-l", text])
    }

    /// Sends a signal to the app running in this session's shell only (other suites run their own copies in
    /// parallel: a pattern-wide pkill would hit them too).
    func signalApp(_ signal: String) throws {
        let shell = try Self.run(["tmux", "list-panes", "-t", name, "-F", "#{pane_pid}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !shell.isEmpty else { throw HarnessError("no shell found in tmux session \(name)") }
        let result = try Self.run(["pkill", "-\(signal)", "-P", shell, "-x", "dijipilot"])
        guard result.status == 0 else {
            throw HarnessError("no dijipilot process under shell \(shell) to send SIG\(signal)")
        }
    }

    func resize(width: Int, height: Int) throws {
        _ = try Self.run(["tmux", "resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    func screen() throws -> String { try Self.run(["tmux", "capture-pane", "-p", "-t", name]).output }

    /// Polls the screen until `text` appears; fails with the last screen when the deadline passes.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 20) throws -> String {
        try waitUntil("\"\(text)\" on screen", timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        throw HarnessError("timed out after \(timeout)s waiting for \(what); the screen was:\n\(last)")
    }

    /// Starts the app in the shell; `marker` lets the test see its exit code afterwards ("EXIT:0").
    /// The business profile a first diagnostic asks before its questions: "Prefer not to say" (the last option)
    /// to each of its seven fields, which filters nothing.
    func skipProfile() throws {
        for (n, key) in ["6", "6", "7", "3", "5", "6", "6"].enumerated() {
            try waitFor("\(n + 1) of 7")
            try send(key)
        }
    }

    /// From Home: starts the diagnostic, skips the profile, answers `count` questions with `key(n)` for question n
    /// (1-based) and waits for the results. The app must have been launched with `--max-questions count`.
    func takeDiagnostic(questions count: Int, key: (Int) -> String) throws {
        try waitFor("Dijipilot · Home")
        try send("d")
        try waitFor("Diagnostic")
        try send("Enter")
        try skipProfile()
        for n in 1...count {
            try waitFor("Question \(n)")
            try send(key(n))
        }
        try waitFor("Results")
    }

    /// Ticks the criteria still open in the Done-when walk on screen, by number, until it says the lesson is done.
    func tickEveryCriterion() throws {
        for n in 1...9 {
            let screen = try self.screen()
            if screen.contains("ticked · on your roadmap: done") { return }
            if screen.contains("\(n). [ ]") {
                try send("\(n)")
                try waitFor("\(n). [x]")
            }
        }
        try waitFor("ticked · on your roadmap: done")
    }

    func launch(_ arguments: String = "") throws {
        try type("\(try Self.binary()) \(arguments); echo \"EXIT:$?\"")
    }

    /// Runs a command and returns its status and output, killing it after 30 s rather than waiting forever.
    /// Output goes through a temporary file, not a pipe: `tmux new-session` leaves a server running that would
    /// keep a pipe open.
    @discardableResult
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try ChildProcess.run("/usr/bin/env", arguments, timeout: 30)
        return (result.status, result.stdout + result.stderr)
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
