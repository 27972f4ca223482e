import ArgumentParser
import DijipilotCore
import DijipilotTUI
import Foundation

/// `dijipilot snapshot`: one screen of the app as plain text, drawn by the same code as the live app. For docs,
/// bug reports and reviews; needs no terminal, takes no lock and never saves.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print one screen of the app as plain text at a given size (no terminal needed; nothing is saved).",
        discussion: """
            Uses the curriculum (--data) and the progress file (--progress) read-only. The question screen starts \
            (or resumes) a diagnostic in memory; the lesson screen shows --lesson (default \(defaultLesson)).
            Example: dijipilot snapshot --screen roadmap --size 120x40
            """)

    static let defaultLesson = "6.12.1.1"

    enum Screen: String, ExpressibleByArgument, CaseIterable {
        case home, tree, lesson, question, results, heatmap, history, roadmap, team, disagreements, help
    }

    @Option(
        help: ArgumentHelp(
            "The screen to draw: \(Screen.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "screen"))
    var screen: Screen

    @Option(help: ArgumentHelp("The terminal size to draw at, WIDTHxHEIGHT (e.g. 80x24).", valueName: "WxH"))
    var size: String

    @Option(help: ArgumentHelp("The lesson to show with --screen lesson (default \(defaultLesson)).", valueName: "id"))
    var lesson: String?

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        try guarded {
            let (width, height) = try Self.parseSize(size)
            let course = try dataOptions.load()
            let (_, progress) = try progressOptions.read()
            var state = AppState(
                course: course, progress: progress, width: width, height: height,
                usesColor: false, now: Date())
            try Self.navigate(&state, to: screen, lesson: lesson ?? Self.defaultLesson)
            print(AppView.render(state).text)
        }
    }

    /// `80x24` (or `80×24`) → (80, 24); anything else is a usage error naming what was given.
    static func parseSize(_ text: String) throws -> (width: Int, height: Int) {
        let parts = text.lowercased().replacingOccurrences(of: "×", with: "x").split(
            separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let width = Int(parts[0].trimmingCharacters(in: .whitespaces)),
            let height = Int(parts[1].trimmingCharacters(in: .whitespaces)),
            (1...1000).contains(width), (1...1000).contains(height)
        else {
            throw CommandFailure(
                status: ExitStatus.usage,
                message:
                    "--size must be WIDTHxHEIGHT in whole columns and rows from 1 to 1000, e.g. 80x24 (got \"\(text)\")"
            )
        }
        return (width, height)
    }

    /// Gets to a screen the way a user would: keys through the app's own update (effects are never run, so
    /// nothing is saved).
    static func navigate(_ state: inout AppState, to screen: Screen, lesson: String) throws {
        func press(_ key: Key) { _ = AppUpdate.update(&state, .key(key)) }
        switch screen {
        case .home: break
        case .tree: press(.character("c"))
        case .lesson:
            guard state.course.curriculum.indexByID[lesson] != nil else {
                throw CommandFailure(
                    status: ExitStatus.usage,
                    message:
                        "--lesson \(lesson) is not a lesson of this curriculum (see `dijipilot curriculum` for the ids)"
                )
            }
            state.openLesson(lesson)
        case .question:
            press(.character("d"))
            // Enter on the intro resumes the diagnostic under way, or starts one.
            if state.session == nil { press(.enter) }
        case .results, .heatmap: press(.character("h"))
        case .history: press(.character("h")); press(.character("m"))
        case .roadmap: press(.character("r"))
        case .team: press(.character("m"))
        case .disagreements: press(.character("m")); press(.character("w"))
        case .help: press(.character("?"))
        }
    }
}
