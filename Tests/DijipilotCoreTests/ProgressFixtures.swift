import Foundation

@testable import DijipilotCore

/// A fresh folder under the system temporary folder, removed when released.
final class ProgressTemporaryFolder {
    let url: URL
    init() {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("dijipilot-progress-tests-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    var progressURL: URL { url.appendingPathComponent("progress.json") }

    func bytes(_ name: String = "progress.json") -> Data? { try? Data(contentsOf: url.appendingPathComponent(name)) }
    func write(_ text: String, to name: String = "progress.json") throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }
    func exists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path)
    }
}

enum ProgressFixtures {
    /// A file with every section filled: `diagnostics` results of `checkpoints` checkpoints each.
    static func fullFile(diagnostics count: Int = 2, checkpoints: Int = 8) -> ProgressFile {
        let lessons = (0..<checkpoints).map {
            RoadmapFixtures.L(id: "1.1.1.\($0 + 1)", prerequisites: $0 > 0 ? ["1.1.1.\($0)"] : [])
        }
        let curriculum = RoadmapFixtures.curriculum(lessons)
        var file = ProgressFile(profile: .init(businessName: "Acme & Co \"Ltd\""))
        for d in 0..<count {
            var states: [String: (CheckpointState, Double)] = [:]
            for (i, lesson) in curriculum.lessons.enumerated() where (i + d) % 3 != 0 {
                states[lesson.id] = i % 2 == 0 ? (.missing, 0.1) : (.uncertain, 0.55)
            }
            let result = RoadmapFixtures.result(curriculum, states, questionsAsked: 20)
            let answers = (0..<20).map { RecordedAnswer(questionID: "q\($0)", choice: $0 % 4) }
            file.record(
                result: result, answers: answers, contentHash: "abc123",
                at: RoadmapFixtures.day.addingTimeInterval(Double(d) * 86_400))
        }
        file.inProgress = InProgressDiagnostic(
            startedAt: RoadmapFixtures.day, contentHash: "abc123",
            answers: [RecordedAnswer(questionID: "q1", choice: 2)],
            seed: 18_446_744_073_709_551_557, maxQuestions: 30)
        let roadmap = RoadmapGenerator.generate(curriculum: curriculum, result: file.latestDiagnostic!.result)
        file.roadmap = RoadmapState(
            roadmap: roadmap, generatedAt: RoadmapFixtures.day, basedOnDiagnostic: file.latestDiagnostic!.id)
        if let first = file.roadmap?.items.first?.lessonID {
            file.setStatus(lessonID: first, status: .done, at: RoadmapFixtures.day.addingTimeInterval(3600.25))
        }
        file.setNote("Ask the accountant", lessonID: "1.1.1.2")
        file.settings = .init(hoursPerWeek: 2.5, colorMode: .never)
        return file
    }
}
