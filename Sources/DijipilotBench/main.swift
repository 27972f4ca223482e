import Foundation

// dijipilot-bench [section ...] [--quick]
// Sections: diagnostic, app, profile (default: all sections). Each section is a function in its own file.
let arguments = Array(CommandLine.arguments.dropFirst())
var options = BenchOptions()
options.quick = arguments.contains("--quick")
let sections: [String: (BenchOptions) -> Void] = [
    "diagnostic": runDiagnosticBench, "app": runAppBench, "profile": runProfileBench,
]
let requested = arguments.filter { !$0.hasPrefix("--") }
for name in requested where sections[name] == nil {
    FileHandle.standardError.write(
        "dijipilot-bench: unknown section \"\(name)\" (known: \(sections.keys.sorted().joined(separator: ", ")))\n"
            .data(using: .utf8)!)
    exit(2)
}
for name in sections.keys.sorted() where requested.isEmpty || requested.contains(name) {
    sections[name]!(options)
}
