import DijipilotCore
import DijipilotTUI
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The app section: cold start to a first frame, per-key cost per screen, saving, and peak memory,
/// on the built-in curriculum and on a generated 10,000-checkpoint one.
func runAppBench(_ options: BenchOptions) {
    print("## App")
    print("")
    guard let builtInFolder = DataLocator.builtInFolder(), let builtIn = try? CourseLoader.load(folder: builtInFolder)
    else {
        print("built-in curriculum not found; skipped"); return
    }
    let largeFolder = FileManager.default.temporaryDirectory.appendingPathComponent("dijipilot-bench-10k")
    let large = CurriculumGenerator.generate(checkpoints: 10_000, seed: 7)
    try? FileManager.default.createDirectory(at: largeFolder, withIntermediateDirectories: true)
    try? CurriculumGenerator.writeFolder(large, to: largeFolder)

    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
        "dijipilot"
    ).path
    print("| measure | built-in (\(builtIn.curriculum.checkpointCount)) | target | 10,000 checkpoints | target |")
    print("|---|---:|---:|---:|---:|")
    let runs = options.quick ? 5 : 20
    let coldBuiltIn = coldStart(binary: binary, data: builtInFolder, runs: runs)
    let coldLarge = coldStart(binary: binary, data: largeFolder, runs: max(3, runs / 4))
    row(
        "cold start to first frame (snapshot home, median)", coldBuiltIn.map { ms($0.median) }, "≤ 50 ms",
        coldLarge.map { ms($0.median) }, "≤ 300 ms")
    row(
        "  read and parse the same JSON alone (floor)", ms(decodeTime(builtInFolder, foundation: false)), "",
        ms(decodeTime(largeFolder, foundation: false)), "")
    row(
        "  the same with JSONSerialization, for comparison", ms(decodeTime(builtInFolder, foundation: true)), "",
        ms(decodeTime(largeFolder, foundation: true)), "")
    row(
        "peak memory of the app (max RSS)", coldBuiltIn.map { mb($0.peakKB) }, "≤ 50 MB",
        coldLarge.map { mb($0.peakKB) }, "")

    for screen in ["home", "tree", "question", "results", "roadmap"] {
        let a = keyTimes(builtIn, screen: screen, presses: options.quick ? 300 : 2000)
        let b = keyTimes(large, screen: screen, presses: options.quick ? 100 : 500)
        row(
            "key press on \(screen): p50 / p99", "\(ms(a.p50)) / \(ms(a.p99))", "p99 ≤ 2 ms",
            "\(ms(b.p50)) / \(ms(b.p99))", "p99 ≤ 16 ms")
    }
    let save = saveTime(builtIn)
    row("save progress (10 diagnostics + roadmap), median", ms(save), "≤ 5 ms", "", "")
    row("load progress (10 diagnostics + roadmap), median", ms(progressLoadTime(builtIn)), "≤ 5 ms", "", "")
    print("")
}

private func row(_ name: String, _ a: String?, _ ta: String, _ b: String?, _ tb: String) {
    print("| \(name) | \(a ?? "n/a") | \(ta) | \(b ?? "n/a") | \(tb) |")
}
private func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }
private func mb(_ kilobytes: Int) -> String { String(format: "%.1f MB", Double(kilobytes) / 1024) }

private func percentile(_ values: [Double], _ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))]
}

/// Runs `dijipilot snapshot --screen home` as a fresh process; returns the median wall time and peak RSS.
/// Peak RSS comes from GNU time's %M for the child alone: `getrusage(RUSAGE_CHILDREN)` would also count the
/// pages a forked child shares with this (large) bench process before it execs.
private func coldStart(binary: String, data: URL, runs: Int) -> (median: Double, peakKB: Int)? {
    guard FileManager.default.isExecutableFile(atPath: binary) else { return nil }
    let progress = FileManager.default.temporaryDirectory.appendingPathComponent("dijipilot-bench-none.json").path
    let arguments = ["snapshot", "--screen", "home", "--size", "100x30", "--data", data.path, "--progress", progress]
    var times: [Double] = []
    for _ in 0..<runs {
        // posix_spawn + waitpid: Foundation's Process adds tens of milliseconds of its own on Linux.
        guard let seconds = spawnAndWait(binary, arguments) else { return nil }
        times.append(seconds)
    }
    var peak = 0
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/time") {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M", binary] + arguments
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        if (try? process.run()) != nil {
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            peak = Int(text.split(separator: "\n").last ?? "") ?? 0
        }
    }
    return (percentile(times, 0.5), peak)
}

/// The loader's own parser (the floor of a cold start), or Foundation's, which the loader used before.
private func decodeTime(_ folder: URL, foundation: Bool) -> Double {
    var best = Double.infinity
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        for name in ["curriculum.json", "questions.json"] {
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)) else { continue }
            if foundation { _ = try? JSONSerialization.jsonObject(with: data) } else { _ = DataFile.parsesAsJSON(data) }
        }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

/// A state with a diagnostic and a roadmap, on the given screen.
private func benchState(_ course: CourseData, screen: String) -> AppState {
    var progress = ProgressFile()
    var session = DiagnosticSession(course: course, config: DiagnosticConfig(maxQuestions: 10))
    while !session.isFinished { try? session.answer(choice: 0) }
    progress.complete(session: session, course: course, at: Date())
    var state = AppState(course: course, progress: progress, width: 120, height: 40, usesColor: true, now: Date())
    let keys: [Key]
    switch screen {
    case "tree": keys = [.character("c")]
    case "question": keys = [.character("d"), .enter]
    case "results": keys = [.character("h")]
    case "roadmap": keys = [.character("r")]
    default: keys = []
    }
    for key in keys { _ = AppUpdate.update(&state, .key(key)) }
    return state
}

/// Time of one key press: update + view + grid diff, in process.
private func keyTimes(_ course: CourseData, screen: String, presses: Int) -> (p50: Double, p99: Double) {
    var state = benchState(course, screen: screen)
    var previous = AppView.render(state)
    let cycle: [Key] =
        screen == "question" ? [.down, .up, .down] : [.down, .down, .right, .up, .left, .pageDown, .pageUp, .up]
    var times: [Double] = []
    times.reserveCapacity(presses)
    for i in 0..<presses {
        let key = cycle[i % cycle.count]
        let start = DispatchTime.now().uptimeNanoseconds
        _ = AppUpdate.update(&state, .key(key))
        let frame = AppView.render(state)
        _ = frame.changes(since: previous)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        previous = frame
    }
    return (percentile(times, 0.5), percentile(times, 0.99))
}

private func saveTime(_ course: CourseData) -> Double {
    var progress = ProgressFile()
    for i in 0..<10 {
        var session = DiagnosticSession(course: course, config: DiagnosticConfig(maxQuestions: 25, seed: UInt64(i)))
        while !session.isFinished { try? session.answer(choice: i % 3) }
        progress.complete(session: session, course: course, at: Date())
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dijipilot-bench-save-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = ProgressStore(url: folder.appendingPathComponent("progress.json"))
    var times: [Double] = []
    for i in 0..<30 {
        progress.notes["1.1.1.1"] = "note \(i)"
        let start = DispatchTime.now().uptimeNanoseconds
        try? store.save(progress)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return percentile(times, 0.5)
}

/// Runs a program with stdout and stderr discarded; returns the wall time, or nil if it failed.
private func spawnAndWait(_ binary: String, _ arguments: [String]) -> Double? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return status == 0 ? elapsed : nil
}
