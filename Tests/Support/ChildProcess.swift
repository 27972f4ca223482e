import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A child process started with `posix_spawn` and reaped with `waitpid` on its own pid, with a deadline.
///
/// Why not Foundation's `Process`: on Linux its `waitUntilExit()` waits for a run-loop wake-up that, with many
/// tests spawning at once, sometimes never comes; CI then hung for its whole 90 minutes on a `tmux new-session`
/// that had long exited. Every descriptor the tests open here is close-on-exec, so a daemon (the tmux server)
/// never keeps another test's pipe open, and the child starts with no signal blocked.
public final class ChildProcess {
    /// Where one of the child's standard streams goes.
    public enum Stream {
        case null
        /// A file, created or truncated (for output) or read from (for input).
        case file(String)
        /// A pipe whose other end the parent reads (`readAvailable`) or writes.
        case pipe
    }

    public struct SpawnError: Error, CustomStringConvertible {
        public var description: String
    }

    public let pid: pid_t
    /// The parent's end of the stdout pipe, when stdout is `.pipe`.
    public private(set) var stdoutPipe: Int32 = -1
    private var status: Int32?

    /// Starts `path` with `arguments`; `environment` nil keeps this process's environment.
    public init(
        _ path: String, _ arguments: [String], environment: [String: String]? = nil,
        stdin: Stream = .null, stdout: Stream = .null, stderr: Stream = .null
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var parentEnds: [Int32] = []
        var childEnds: [Int32] = []
        defer { for fd in childEnds { close(fd) } }
        var readEnd: Int32 = -1

        func route(_ stream: Stream, to target: Int32, input: Bool) throws {
            switch stream {
            case .null:
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", input ? O_RDONLY : O_WRONLY, 0)
            case .file(let path):
                let flags = input ? O_RDONLY : (O_WRONLY | O_CREAT | O_TRUNC)
                posix_spawn_file_actions_addopen(&actions, target, path, flags, 0o644)
            case .pipe:
                var fds: [Int32] = [-1, -1]
                guard closeOnExecPipe(&fds) == 0 else {
                    throw SpawnError(description: "pipe2 failed: \(String(cString: strerror(errno)))")
                }
                let (parent, child) = input ? (fds[1], fds[0]) : (fds[0], fds[1])
                parentEnds.append(parent)
                childEnds.append(child)
                // dup2 onto 0/1/2 clears close-on-exec for the child's copy only.
                posix_spawn_file_actions_adddup2(&actions, child, target)
                if !input && target == 1 { readEnd = parent }
            }
        }
        try route(stdin, to: 0, input: true)
        try route(stdout, to: 1, input: false)
        try route(stderr, to: 2, input: false)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Test threads run with signals blocked by the concurrency runtime; the child must not inherit that.
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGTERM, SIGINT, SIGPIPE, SIGHUP, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let environmentPairs = (environment ?? ProcessInfo.processInfo.environment)
            .map { "\($0.key)=\($0.value)" }.sorted()
        let envp: [UnsafeMutablePointer<CChar>?] = environmentPairs.map { strdup($0) } + [nil]
        defer { for pointer in envp { free(pointer) } }

        var child: pid_t = 0
        let result = posix_spawn(&child, path, &actions, &attributes, argv, envp)
        guard result == 0 else {
            for fd in parentEnds { close(fd) }
            throw SpawnError(description: "could not start \(path): \(String(cString: strerror(result)))")
        }
        pid = child
        stdoutPipe = readEnd
        for fd in parentEnds where fd != readEnd { close(fd) }
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            _ = wait(timeout: 5)
        }
        if stdoutPipe >= 0 { close(stdoutPipe) }
    }

    /// Whether the child is still running (reaps it if it has exited).
    public var isRunning: Bool {
        if status != nil { return false }
        return !poll()
    }

    /// The exit code, or 128 + the signal that ended it; nil while running.
    public var exitCode: Int32? {
        guard let status else { return nil }
        if status & 0x7f == 0 { return (status >> 8) & 0xff }
        return 128 + (status & 0x7f)
    }

    public func signal(_ signal: Int32) {
        if status == nil { kill(pid, signal) }
    }

    /// Waits for the child to exit; past the deadline it is killed, and nil says it had to be.
    @discardableResult
    public func wait(timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        var pause: useconds_t = 200
        while status == nil {
            if poll() { break }
            if Date() >= deadline {
                kill(pid, SIGKILL)
                var raw: Int32 = 0
                while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
                status = raw
                return nil
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        return exitCode
    }

    /// Reads what the stdout pipe holds now, waiting at most `timeout` for something; empty at end of file.
    public func readAvailable(timeout: TimeInterval) -> (data: Data, ended: Bool) {
        guard stdoutPipe >= 0 else { return (Data(), true) }
        var descriptor = pollfd(fd: stdoutPipe, events: Int16(POLLIN), revents: 0)
        let ready = Glibc.poll(&descriptor, 1, Int32(max(0, timeout * 1000)))
        guard ready > 0 else { return (Data(), false) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = read(stdoutPipe, &buffer, buffer.count)
        if count <= 0 { return (Data(), true) }
        return (Data(buffer[0..<count]), false)
    }

    /// Non-blocking reap: true once the child has exited.
    private func poll() -> Bool {
        var raw: Int32 = 0
        let result = waitpid(pid, &raw, WNOHANG)
        if result == pid { status = raw; return true }
        if result == -1 && errno == ECHILD { status = status ?? 0; return true }
        return false
    }

    /// Runs a program to the end with its output in a file, and returns the exit code and that output.
    /// A program still running after `timeout` is killed and reported as such, never waited on forever.
    public static func run(
        _ path: String, _ arguments: [String], environment: [String: String]? = nil,
        input: String? = nil, timeout: TimeInterval = 60
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dj-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("out").path
        let errPath = folder.appendingPathComponent("err").path
        var stdin = Stream.null
        if let input {
            let inPath = folder.appendingPathComponent("in").path
            _ = FileManager.default.createFile(atPath: inPath, contents: Data(input.utf8))
            stdin = .file(inPath)
        }
        let child = try ChildProcess(
            path, arguments, environment: environment,
            stdin: stdin, stdout: .file(outPath), stderr: .file(errPath))
        let status = child.wait(timeout: timeout)
        let stdout = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        guard let status else {
            throw SpawnError(
                description:
                    "\(path) \(arguments.joined(separator: " ")) was still running after \(Int(timeout))s and was killed; its output:\n\(stdout)\(stderr)"
            )
        }
        return (status, stdout, stderr)
    }
}

/// `pipe2(fds, O_CLOEXEC)`: atomic, so a process spawned by another test thread in between never inherits the
/// pipe. Glibc's Swift module hides `pipe2` (it needs _GNU_SOURCE), so it is looked up at run time.
private func closeOnExecPipe(_ fds: inout [Int32]) -> Int32 {
    typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    if let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "pipe2") {
        let pipe2 = unsafeBitCast(symbol, to: Pipe2.self)
        return fds.withUnsafeMutableBufferPointer { pipe2($0.baseAddress!, O_CLOEXEC) }
    }
    guard pipe(&fds) == 0 else { return -1 }
    for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    return 0
}
