import DijipilotCore
import DijipilotTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("crash safety of the progress file")
struct ProgressKillTests {
    @Test("SIGKILL in the middle of repeated saves never loses an acknowledged answer (100 kills)")
    func killDuringSaves() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("progress.json")
        var generator = SystemRandomNumberGenerator()
        for round in 0..<100 {
            let process = try ChildProcess(
                try TmuxSession.binary(), ["progress-stress", "--progress", url.path],
                stdout: .pipe)
            // Read acknowledgements for a random short while, then kill without warning.
            let deadline = Date().addingTimeInterval(Double.random(in: 0.02...0.12, using: &generator))
            var acknowledged = 0
            var buffer = Data()
            while Date() < deadline {
                let (chunk, ended) = process.readAvailable(timeout: deadline.timeIntervalSinceNow)
                if ended { break }
                buffer += chunk
                let lines = String(decoding: buffer, as: UTF8.self).split(separator: "\n")
                if let last = lines.last(where: { $0.hasPrefix("ack ") }), let n = Int(last.dropFirst(4)) {
                    acknowledged = n
                }
            }
            process.signal(SIGKILL)
            #expect(process.wait(timeout: 10) != nil, "round \(round): the killed process did not end")
            let file = try ProgressStore(url: url).load()
            let saved = file.inProgress?.answers.count ?? 0
            #expect(saved >= acknowledged, "round \(round): \(saved) answers on disk, \(acknowledged) acknowledged")
            if saved < acknowledged { break }
        }
    }
}
