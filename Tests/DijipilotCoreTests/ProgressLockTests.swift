import DijipilotTestSupport
import Foundation
import Testing

@testable import DijipilotCore

@Suite("Progress file lock")
struct ProgressLockTests {
    @Test("a second lock on the same file is refused, naming the holder; released, it can be taken again")
    func inProcess() throws {
        let folder = ProgressTemporaryFolder()
        let store = ProgressStore(url: folder.url.appendingPathComponent("nested/progress.json"))
        let lock = try store.acquireLock(command: "dijipilot tui", now: RoadmapFixtures.day)
        #expect(lock.isHeld)
        let error = try #require(throws: ProgressError.self) { try store.acquireLock() }
        guard case .locked(_, let holder) = error else { Issue.record("expected locked, got \(error)"); return }
        #expect(holder == ProgressLock.Holder(pid: getpid(), since: "2025-03-01T09:30:00Z", command: "dijipilot tui"))
        #expect(error.exitCode == 4)
        #expect(error.localizedDescription.contains("pid \(getpid())"))
        #expect(error.localizedDescription.contains("since 2025-03-01T09:30:00Z"))
        #expect(error.localizedDescription.contains("read-only"))
        lock.release()
        let again = try store.acquireLock()
        #expect(again.isHeld)
    }

    @Test("a lock held by another process is refused with that process's pid")
    func otherProcess() throws {
        let folder = ProgressTemporaryFolder()
        let store = ProgressStore(url: folder.progressURL)
        let lockPath = store.lockURL.path
        // The shell takes the lock on its own descriptor 9, writes who it is, then becomes `sleep` (same pid).
        let child = try ChildProcess(
            "/bin/sh",
            [
                "-c",
                """
                exec 9>>"$1"; /usr/bin/flock -n 9 || exit 3
                printf 'pid %s\\nsince 2025-03-01T09:30:00Z\\ncommand other dijipilot\\n' $$ > "$1"
                exec sleep 20
                """, "sh", lockPath,
            ])
        defer { if child.isRunning { child.signal(SIGTERM); child.wait(timeout: 10) } }
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: lockPath, encoding: .utf8), text.contains("command") { break }
            usleep(10_000)
        }
        let error = try #require(throws: ProgressError.self) { try store.acquireLock() }
        guard case .locked(_, let holder) = error else { Issue.record("expected locked, got \(error)"); return }
        #expect(holder.pid == child.pid)
        #expect(holder.command == "other dijipilot")

        child.signal(SIGTERM); child.wait(timeout: 10)
        let lock = try store.acquireLock(command: "dijipilot", now: RoadmapFixtures.day)
        #expect(lock.isHeld)
        #expect(try String(contentsOfFile: lockPath, encoding: .utf8).contains("pid \(getpid())"))
    }

    @Test("the holder's short summary gives the pid and the time it took the lock, with the day when not today")
    func shortSummary() {
        let holder = ProgressLock.Holder(pid: 4242, since: "2025-03-01T09:30:00.250Z", command: "dijipilot")
        let sameDay = ISO8601DateFormatter().date(from: "2025-03-01T10:00:00Z")!
        let text = holder.shortSummary(now: sameDay)
        #expect(text.hasPrefix("pid 4242, since "))
        #expect(!text.contains("2025"))
        let later = holder.shortSummary(now: sameDay.addingTimeInterval(3 * 86_400))
        #expect(later.contains("Mar"))
        #expect(
            ProgressLock.Holder(pid: nil, since: "whenever", command: nil).shortSummary()
                == "unknown process, since whenever")
    }
}
