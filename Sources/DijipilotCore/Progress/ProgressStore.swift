import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads and writes one progress file. A save is atomic (temporary file, fsync, rename, fsync of the folder),
/// keeps the previous version as `progress.json.bak`, and never replaces a file it could not read.
/// Only one process should write: take `acquireLock()` first.
public final class ProgressStore {
    public let url: URL
    /// The previous save, kept by each save.
    public var backupURL: URL { sibling(url.lastPathComponent + ".bak") }
    public var lockURL: URL { sibling(url.lastPathComponent + ".lock") }
    /// Where a schema version 0 file is kept when it is first saved in the current layout.
    public var versionZeroURL: URL {
        let base = url.deletingPathExtension().lastPathComponent
        return sibling(base + ".v0." + (url.pathExtension.isEmpty ? "json" : url.pathExtension))
    }
    var temporaryURL: URL { sibling(url.lastPathComponent + ".tmp") }
    var backupTemporaryURL: URL { sibling(url.lastPathComponent + ".bak.tmp") }

    /// The file on disk as this store last read or wrote it: when unchanged, a save need not re-read it.
    private var known: (stamp: FileStamp, version: Int)?
    private let encoding = ProgressEncoding()

    /// The steps of a save, in order.
    enum SaveStep: CaseIterable { case temporaryWritten, temporarySynced, backupKept, renamed, folderSynced }
    /// Told about every step of a save, so the crash tests can stop one or fail it (`SaveInterruptions`);
    /// nil outside tests.
    private let interruptions: SaveInterruptions?

    public convenience init(url: URL) { self.init(url: url, interruptions: nil) }

    /// A store whose saves report their steps to `interruptions`: the seam the crash tests pass in.
    init(url: URL, interruptions: SaveInterruptions?) {
        self.url = url.standardizedFileURL
        self.interruptions = interruptions
    }

    private func sibling(_ name: String) -> URL { url.deletingLastPathComponent().appendingPathComponent(name) }
    private var display: String { url.path }
    private var backupDisplay: String? {
        FileManager.default.fileExists(atPath: backupURL.path) ? backupURL.path : nil
    }

    // MARK: Loading

    /// The saved progress; a missing file is an empty `ProgressFile`. A version 0 file comes back migrated
    /// (the disk is only touched by the next save). Throws `ProgressError` for anything unusable.
    public func load() throws -> ProgressFile {
        guard let stamp = try FileStamp(path: url.path, file: display) else {
            known = nil
            return ProgressFile()
        }
        if stamp.isFolder { throw ProgressError.unreadable(file: display, reason: "it is a folder, not a file") }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ProgressError.unreadable(
                file: display, reason: (error as NSError).localizedFailureReason ?? "\(error)")
        }
        let decoded = try ProgressDecoding.decode(data, file: display, backup: backupDisplay)
        known = (stamp, decoded.version)
        encoding.warm(decoded.file.diagnostics)
        return decoded.file
    }

    // MARK: Saving

    public func save(_ progress: ProgressFile) throws {
        let existingVersion = try checkFileBeforeSave()
        var data: Data
        do { data = try encoding.encode(progress) } catch {
            throw ProgressError.saveFailed(file: display, reason: "the progress could not be encoded (\(error))")
        }
        data.append(0x0A)
        let folder = url.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.path) {
            do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
                let code = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.code
                throw ProgressError.saveFailed(
                    file: display,
                    reason: "the folder \(folder.path) cannot be created"
                        + (code.map { " (\(Self.describe(errno: Int32($0))))" } ?? ""))
            }
        }
        if existingVersion == 0, !FileManager.default.fileExists(atPath: versionZeroURL.path) {
            // The original of a migrated file is kept before anything replaces it.
            let original = try readForCopy(url)
            try writeSynced(original, to: versionZeroURL, step: nil)
        }
        try writeSynced(data, to: temporaryURL, step: .temporaryWritten)
        try reach(.temporarySynced)
        if existingVersion != nil { try keepBackup() }
        try reach(.backupKept)
        if let code = interruptions?.failure(at: .renamed) { unlink(temporaryURL.path); throw saveError(code) }
        guard rename(temporaryURL.path, url.path) == 0 else {
            let code = errno
            unlink(temporaryURL.path)
            throw saveError(code)
        }
        try reach(.renamed)
        syncFolder(folder)
        try reach(.folderSynced)
        known = ((try? FileStamp(path: url.path, file: display)) ?? nil).map { ($0, ProgressFile.currentSchemaVersion) }
    }

    /// The schema version of the file about to be replaced (nil when there is none); throws rather than let
    /// a save destroy a file that cannot be read.
    private func checkFileBeforeSave() throws -> Int? {
        // A file that cannot even be looked at is reported by the write that follows.
        guard let stamp = (try? FileStamp(path: url.path, file: display)) ?? nil else { return nil }
        if let known, known.stamp == stamp { return known.version }
        if stamp.isFolder {
            throw ProgressError.saveFailed(file: display, reason: "a folder of that name is in the way")
        }
        guard let data = try? Data(contentsOf: url) else {
            throw ProgressError.saveFailed(file: display, reason: "the existing file cannot be read")
        }
        do {
            let decoded = try ProgressDecoding.decode(data, file: display, backup: backupDisplay)
            known = (stamp, decoded.version)
            return decoded.version
        } catch let error as ProgressError {
            throw ProgressError.refusingToOverwrite(file: display, problem: error)
        }
    }

    private func reach(_ step: SaveStep) throws {
        try interruptions?.reached(step)
    }

    private func saveError(_ code: Int32) -> ProgressError {
        .saveFailed(file: display, reason: Self.describe(errno: code))
    }

    /// Writes and fsyncs a whole file; on failure removes it and reports why.
    private func writeSynced(_ data: Data, to target: URL, step: SaveStep?) throws {
        let fd = open(target.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw saveError(errno) }
        var code: Int32 = 0
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(fd, raw.baseAddress! + offset, min(raw.count - offset, 1 << 20))
                if written < 0 {
                    if errno == EINTR { continue }
                    code = errno; return
                }
                offset += written
                if let step, let failure = interruptions?.failure(at: step) { code = failure; return }
            }
        }
        if step == .temporaryWritten, code == 0 {
            // Written but not yet synced: where a crash loses the most.
            do { try reach(.temporaryWritten) } catch { close(fd); throw error }
        }
        if code == 0, fsync(fd) != 0 { code = errno }
        if close(fd) != 0, code == 0 { code = errno }
        if code != 0 {
            unlink(target.path)
            throw saveError(code)
        }
    }

    /// Makes `progress.json.bak` the file about to be replaced: a hard link (no copy, and the current file
    /// stays in place throughout), falling back to a copy on file systems without links.
    private func keepBackup() throws {
        unlink(backupTemporaryURL.path)
        if link(url.path, backupTemporaryURL.path) != 0 {
            let original = try readForCopy(url)
            try writeSynced(original, to: backupTemporaryURL, step: nil)
        }
        if rename(backupTemporaryURL.path, backupURL.path) != 0 {
            let code = errno
            unlink(backupTemporaryURL.path)
            throw saveError(code)
        }
    }

    private func readForCopy(_ source: URL) throws -> Data {
        do { return try Data(contentsOf: source) } catch {
            throw ProgressError.saveFailed(file: display, reason: "the existing file cannot be read to keep a copy")
        }
    }

    /// Makes the rename itself durable; some file systems refuse fsync on folders, which is harmless.
    private func syncFolder(_ folder: URL) {
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    static func describe(errno code: Int32) -> String {
        switch code {
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is exceeded"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the file system is read-only"
        case ENOTDIR: return "part of the path is a file, not a folder"
        case ENOENT: return "the folder does not exist"
        case EIO: return "an input/output error occurred"
        default: return String(cString: strerror(code))
        }
    }

    // MARK: Locking

    /// Takes the exclusive lock beside the file, without waiting; throws `ProgressError.locked` naming the
    /// holder when another process (or another lock in this one) has it.
    public func acquireLock(command: String = ProgressStore.currentCommand, now: Date = Date()) throws -> ProgressLock {
        try ProgressLock.acquire(lockURL: lockURL, displayFile: display, command: command, now: now)
    }

    public static var currentCommand: String {
        let args = CommandLine.arguments
        let name = args.first.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "dijipilot"
        return String(([name] + args.dropFirst()).joined(separator: " ").prefix(200))
    }
}

/// Where a save can be interrupted: a save reports each step as it completes and asks, before a system call
/// that can fail, whether it should fail instead. Production stores have none; the crash tests pass one in
/// that stops a save after a step (leaving the disk as a crash would) or fails a write with ENOSPC.
protocol SaveInterruptions: AnyObject {
    /// A step is done; throwing stops the save right there.
    func reached(_ step: ProgressStore.SaveStep) throws
    /// An errno the step's write (`.temporaryWritten`) or rename (`.renamed`) should fail with, or nil.
    func failure(at step: ProgressStore.SaveStep) -> Int32?
}

/// Enough of `stat` to tell whether a file was replaced or changed since it was last read.
struct FileStamp: Equatable {
    var device: UInt64, inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int
    var isFolder: Bool

    /// nil when there is no file at `path` (or a part of the path is not a folder, which a save reports).
    init?(path: String, file: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw ProgressError.unreadable(file: file, reason: ProgressStore.describe(errno: errno))
        }
        device = UInt64(info.st_dev); inode = UInt64(info.st_ino); size = Int64(info.st_size)
        #if canImport(Darwin)
            seconds = info.st_mtimespec.tv_sec; nanoseconds = info.st_mtimespec.tv_nsec
        #else
            seconds = info.st_mtim.tv_sec; nanoseconds = info.st_mtim.tv_nsec
        #endif
        isFolder = (info.st_mode & S_IFMT) == S_IFDIR
    }
}
