import DijipilotCore
import Foundation
import Testing

@testable import DijipilotTUI

/// A realistic saved roadmap: the built-in course diagnosed by answering the first choice to every question
/// (seed 0), the plan generated from it, and a few statuses set, as a learner would have after some days.
enum RoadmapFixture {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let diagnosedAt = now.addingTimeInterval(-3 * 86_400)

    struct Diagnosed: Sendable {
        var course: CourseData
        /// The diagnostic and its fresh roadmap, every lesson still to do.
        var progress: ProgressFile
    }

    private static let cached: Result<Diagnosed, any Error> = Result {
        let course = try TestCourse.load()
        var session = DiagnosticSession(course: course, config: DiagnosticConfig(seed: 0))
        while !session.isFinished { try session.answer(choice: 0) }
        var progress = ProgressFile()
        let result = session.result()
        let record = progress.record(
            result: result, answers: session.answers, contentHash: course.contentHash,
            at: diagnosedAt)
        let evidence = AnswerEvidence(answers: session.answers, bank: course.bank)
        let roadmap = RoadmapGenerator.generate(
            curriculum: course.curriculum, result: result,
            evidence: evidence.lookup)
        progress.roadmap = RoadmapState(roadmap: roadmap, generatedAt: diagnosedAt, basedOnDiagnostic: record.id)
        return Diagnosed(course: course, progress: progress)
    }

    static func diagnosed() throws -> Diagnosed { try cached.get() }

    /// The diagnosed progress after some study: the first two lessons done, the third in progress, the fourth
    /// skipped, and one lesson kept from an earlier plan (week 0).
    static func studied() throws -> Diagnosed {
        var fixture = try diagnosed()
        guard var roadmap = fixture.progress.roadmap else { return fixture }
        let day = diagnosedAt.addingTimeInterval(86_400)
        for (i, status) in [LessonStatus.done, .done, .doing, .skipped].enumerated() where i < roadmap.items.count {
            roadmap.items[i].setStatus(status, at: day)
        }
        // As `merged(with:)` keeps a lesson done under an earlier plan that the new one no longer lists.
        if var earlier = roadmap.items.popLast() {
            earlier.week = 0
            earlier.setStatus(.done, at: diagnosedAt.addingTimeInterval(-30 * 86_400))
            roadmap.items.insert(earlier, at: 0)
        }
        fixture.progress.roadmap = roadmap
        return fixture
    }

    static func state(_ fixture: Diagnosed, width: Int = 80, height: Int = 24) -> AppState {
        AppState(
            course: fixture.course, progress: fixture.progress, width: width, height: height, usesColor: false,
            now: now)
    }

    /// An app state showing the roadmap, reached from home with `r` as a user would.
    static func onRoadmap(_ fixture: Diagnosed, width: Int = 80, height: Int = 24) -> AppState {
        var state = state(fixture, width: width, height: height)
        _ = AppUpdate.update(&state, .key(.character("r")))
        return state
    }
}

/// Compares a rendered screen with its committed text file under Snapshots/; DIJIPILOT_UPDATE_SNAPSHOTS=1 rewrites it.
enum ScreenSnapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func check(_ state: AppState, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = AppView.render(state).text
        let url = folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["DIJIPILOT_UPDATE_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let saved = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "no snapshot \(name).txt yet: run the tests with DIJIPILOT_UPDATE_SNAPSHOTS=1 and review it",
                sourceLocation: sourceLocation)
            return
        }
        let expected = saved.hasSuffix("\n") ? String(saved.dropLast()) : saved
        #expect(text == expected, "screen differs from Snapshots/\(name).txt", sourceLocation: sourceLocation)
    }
}
