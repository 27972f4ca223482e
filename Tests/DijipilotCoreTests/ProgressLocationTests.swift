import Foundation
import Testing

@testable import DijipilotCore

@Suite("Progress file location")
struct ProgressLocationTests {
    let env = ["DIJIPILOT_PROGRESS": "/env/p.json", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ada"]

    @Test("--progress wins over everything")
    func explicitFirst() {
        #expect(ProgressLocation.resolve(explicit: "/cli/p.json", environment: env).path == "/cli/p.json")
    }

    @Test("then $DIJIPILOT_PROGRESS")
    func environmentSecond() {
        #expect(ProgressLocation.resolve(explicit: nil, environment: env).path == "/env/p.json")
        #expect(ProgressLocation.resolve(explicit: "", environment: env).path == "/env/p.json")
    }

    @Test("then $XDG_DATA_HOME/dijipilot/progress.json")
    func xdgThird() {
        var e = env; e["DIJIPILOT_PROGRESS"] = nil
        #expect(ProgressLocation.resolve(explicit: nil, environment: e).path == "/xdg/dijipilot/progress.json")
    }

    @Test("then ~/.local/share/dijipilot/progress.json, with HOME from the environment")
    func homeLast() {
        var e = env; e["DIJIPILOT_PROGRESS"] = nil; e["XDG_DATA_HOME"] = nil
        #expect(
            ProgressLocation.resolve(explicit: nil, environment: e).path
                == "/home/ada/.local/share/dijipilot/progress.json")
        e["XDG_DATA_HOME"] = "relative/path"
        #expect(
            ProgressLocation.resolve(explicit: nil, environment: e).path
                == "/home/ada/.local/share/dijipilot/progress.json")
    }

    @Test("a relative --progress is taken from the working folder, a quoted ~ is expanded")
    func relativeAndTilde() {
        let cwd = FileManager.default.currentDirectoryPath
        #expect(ProgressLocation.resolve(explicit: "mine.json", environment: env).path == cwd + "/mine.json")
        #expect(ProgressLocation.resolve(explicit: "~/p.json", environment: env).path == "/home/ada/p.json")
    }
}
