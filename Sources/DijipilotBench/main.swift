import Foundation

// dijipilot-bench [section ...] [--quick]
// Sections: diagnostic, app, profile, team, recheck (default: all five). Each section is a function in its own file. `gaming`
// runs only the diagnostic's gaming table (part of `diagnostic`), for iterating on the question bank.
let arguments = Array(CommandLine.arguments.dropFirst())
var options = BenchOptions()
options.quick = arguments.contains("--quick")
let sections: [String: (BenchOptions) -> Void] = [
    "diagnostic": runDiagnosticBench, "app": runAppBench, "profile": runProfileBench, "team": runTeamBench,
    "recheck": runRecheckBench,
    "gaming": { runGamingBench(builtInOrGeneratedCourse().data, sessions: $0.quick ? 40 : 200) },
]
let onlyOnRequest: Set<String> = ["gaming"]
let requested = arguments.filter { !$0.hasPrefix("--") }
for name in requested where sections[name] == nil {
    FileHandle.standardError.write(
        "dijipilot-bench: unknown section \"\(name)\" (known: \(sections.keys.sorted().joined(separator: ", ")))\n"
            .data(using: .utf8)!)
    exit(2)
}
for name in sections.keys.sorted()
where requested.isEmpty ? !onlyOnRequest.contains(name) : requested.contains(name) {
    sections[name]!(options)
}
