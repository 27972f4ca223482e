import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock` on `progress.json.lock`, held until `release()` or deinit. The kernel drops it when the
/// process dies, so a crash never leaves a stale lock behind; the file's text only says who holds it.
public final class ProgressLock {
    /// Who holds a lock, as written into the lock file.
    public struct Holder: Equatable, Sendable {
        public var pid: Int32?
        public var since: String?
        public var command: String?
        public init(pid: Int32?, since: String?, command: String?) {
            self.pid = pid; self.since = since; self.command = command
        }

        public var summary: String {
            var parts: [String] = []
            parts.append(pid.map { "pid \($0)" } ?? "unknown process")
            if let command, !command.isEmpty { parts.append("`\(command)`") }
            if let since { parts.append("since \(since)") }
            return parts.joined(separator: ", ")
        }

        /// "pid 19923, since 09:36" (or "since 30 Nov 09:36" on another day), for a one-line notice on screen.
        public func shortSummary(now: Date = Date()) -> String {
            var parts = [pid.map { "pid \($0)" } ?? "unknown process"]
            if let since {
                if let date = ISODate.parse(since) {
                    let format = DateFormatter()
                    format.locale = Locale(identifier: "en_GB")
                    format.dateFormat = Calendar.current.isDate(date, inSameDayAs: now) ? "HH:mm" : "d MMM HH:mm"
                    parts.append("since \(format.string(from: date))")
                } else {
                    parts.append("since \(since)")
                }
            }
            return parts.joined(separator: ", ")
        }

        var text: String {
            "pid \(pid.map(String.init) ?? "?")\nsince \(since ?? "?")\ncommand \(command ?? "")\n"
        }

        static func parse(_ text: String) -> Holder {
            var holder = Holder(pid: nil, since: nil, command: nil)
            for line in text.split(separator: "\n") {
                let pair = line.split(separator: " ", maxSplits: 1).map(String.init)
                guard pair.count == 2 else { continue }
                switch pair[0] {
                case "pid": holder.pid = Int32(pair[1])
                case "since": holder.since = pair[1] == "?" ? nil : pair[1]
                case "command": holder.command = pair[1]
                default: break
                }
            }
            return holder
        }
    }

    public let url: URL
    private var descriptor: Int32

    init(url: URL, descriptor: Int32) { self.url = url; self.descriptor = descriptor }

    deinit { release() }

    public var isHeld: Bool { descriptor >= 0 }

    /// Unlocks; the lock file stays (deleting it would race with a process about to lock it).
    public func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    /// Locks `lockURL` without waiting; `displayFile` is the progress file named in errors.
    static func acquire(lockURL: URL, displayFile: String, command: String, now: Date) throws -> ProgressLock {
        let folder = lockURL.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ProgressError.lockFailed(file: displayFile, reason: "cannot create the folder \(folder.path)")
        }
        let fd = open(lockURL.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ProgressError.lockFailed(file: displayFile, reason: ProgressStore.describe(errno: errno))
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            defer { close(fd) }
            if code == EWOULDBLOCK {
                throw ProgressError.locked(file: displayFile, holder: readHolder(fd))
            }
            throw ProgressError.lockFailed(file: displayFile, reason: ProgressStore.describe(errno: code))
        }
        let holder = Holder(pid: getpid(), since: ISODate.string(now), command: command)
        let bytes = Array(holder.text.utf8)
        _ = ftruncate(fd, 0)
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return ProgressLock(url: lockURL, descriptor: fd)
    }

    private static func readHolder(_ fd: Int32) -> Holder {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return Holder(pid: nil, since: nil, command: nil) }
        return Holder.parse(String(decoding: buffer[0..<count], as: UTF8.self))
    }
}
