import DijipilotCore
import Foundation
import Testing

@testable import DijipilotTUI

/// States for the curriculum screen tests: the built-in course, optionally with a made-up diagnostic (6.12.1.1
/// missing at p = 0.12) and a small roadmap.
enum TreeFixture {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// A diagnostic whose states cycle through mastered, missing, uncertain…, so every badge appears.
    static func diagnosedProgress(_ course: CourseData) -> ProgressFile {
        let pattern = [0.92, 0.12, 0.55, 0.85, 0.30, 0.64]
        let checkpoints = course.curriculum.lessons.enumerated().map { i, lesson -> CheckpointResult in
            let p = lesson.id == "6.12.1.1" ? 0.12 : pattern[i % pattern.count]
            let state: CheckpointState = p >= 0.8 ? .mastered : (p <= 0.3 ? .missing : .uncertain)
            return CheckpointResult(id: lesson.id, state: state, probability: p)
        }
        let result = DiagnosticResult(
            questionsAsked: 20, finishedEarly: false, checkpoints: checkpoints,
            programs: [], missions: [], modules: [], gaps: [])
        var progress = ProgressFile()
        let record = progress.record(
            result: result, answers: [], contentHash: course.contentHash,
            at: now.addingTimeInterval(-86_400))
        progress.roadmap = RoadmapState(
            generatedAt: now.addingTimeInterval(-86_400), hoursPerWeek: 3,
            basedOnDiagnostic: record.id,
            items: [
                RoadmapItem(lessonID: "6.9.1.1", week: 1, reason: "A prerequisite of the continuity plan."),
                RoadmapItem(lessonID: "6.12.1.1", week: 2, reason: "Missing: nobody else could run the store."),
            ])
        return progress
    }

    static func state(width: Int = 80, height: Int = 24, diagnosed: Bool = false) throws -> AppState {
        let course = try TestCourse.load()
        let progress = diagnosed ? diagnosedProgress(course) : ProgressFile()
        return AppState(course: course, progress: progress, width: width, height: height, usesColor: false, now: now)
    }

    /// The curriculum screen reached from Home with `c`, as a user would.
    static func onTree(width: Int = 80, height: Int = 24, diagnosed: Bool = false) throws -> AppState {
        var state = try state(width: width, height: height, diagnosed: diagnosed)
        press([.character("c")], &state)
        return state
    }

    @discardableResult
    static func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
        keys.flatMap { AppUpdate.update(&state, .key($0)) }
    }

    @discardableResult
    static func type(_ text: String, _ state: inout AppState) -> [Effect] {
        press(text.map { Key.character($0) }, &state)
    }

    static func index(_ id: String, _ state: AppState) -> Int { state.course.curriculum.indexByID[id]! }

    static func selectedID(_ state: AppState) -> String {
        TreeContext(state).outline.id(of: state.tree.selected)
    }

    /// The rendered screen as text.
    static func screen(_ state: AppState) -> String { AppView.render(state).text }

    /// Compares with Snapshots/<name>.txt; DIJIPILOT_UPDATE_SNAPSHOTS=1 writes it instead.
    static func checkSnapshot(_ state: AppState, _ name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let url = folder.appendingPathComponent(name + ".txt")
        let text = screen(state) + "\n"
        if ProcessInfo.processInfo.environment["DIJIPILOT_UPDATE_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let saved = try? String(contentsOf: url, encoding: .utf8)
        #expect(
            saved == text,
            "screen differs from Snapshots/\(name).txt (DIJIPILOT_UPDATE_SNAPSHOTS=1 rewrites it):\n\(text)",
            sourceLocation: sourceLocation)
    }
}
