import DijipilotCore
import Foundation

/// Loading a progress file of ten diagnostics and their roadmap from disk: one parse by the project's parser,
/// then the types decoded from that tree (`ProgressStore.load`).
func progressLoadTime(_ course: CourseData) -> Double {
    var progress = ProgressFile()
    for i in 0..<10 {
        var session = DiagnosticSession(course: course, config: DiagnosticConfig(maxQuestions: 25, seed: UInt64(i)))
        while !session.isFinished { try? session.answer(choice: i % 3) }
        progress.complete(session: session, course: course, at: Date())
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dijipilot-bench-load-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("progress.json")
    try? ProgressStore(url: url).save(progress)
    var times: [Double] = []
    for _ in 0..<30 {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try? ProgressStore(url: url).load()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return times.sorted()[times.count / 2]
}
