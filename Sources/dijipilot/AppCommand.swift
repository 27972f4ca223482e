import ArgumentParser
import DijipilotCore
import DijipilotTUI
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

struct AppCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "app",
        abstract: "Open the full-screen app (the default when no subcommand is given).")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var progressOptions: ProgressOptions
    @OptionGroup var diagnosticOptions: DiagnosticOptions

    @Flag(name: .long, help: "Draw without colours (glyphs and bold/reverse only). NO_COLOR does the same.")
    var noColor = false

    func run() throws {
        try guarded {
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
                throw CommandFailure(
                    status: ExitStatus.usage,
                    message:
                        "the full-screen app needs a terminal on stdin and stdout; for scripts use a subcommand (see dijipilot --help)"
                )
            }
            let course = try dataOptions.load()
            let store = progressOptions.store
            // A second running copy opens read-only instead of losing the first one's writes.
            var lock: ProgressLock?
            var readOnlyReason: String?
            do { lock = try store.acquireLock() } catch let error as ProgressError {
                if case .locked(_, let holder) = error {
                    readOnlyReason = "read-only: progress in use by another Dijipilot (\(holder.shortSummary()))"
                } else {
                    throw CommandFailure(
                        status: ExitStatus.progressError, message: error.errorDescription ?? "\(error)")
                }
            }
            let progress: ProgressFile
            do { progress = try store.load() } catch let error as ProgressError {
                throw CommandFailure(status: ExitStatus.progressError, message: error.errorDescription ?? "\(error)")
            }
            let environmentNoColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            var state = AppState(course: course, progress: progress, config: diagnosticOptions.config, now: Date())
            state.readOnlyReason = readOnlyReason
            if let readOnlyReason { state.message = StatusMessage(readOnlyReason, kind: .error) }
            var lastSaved = progress
            let final = AppRunLoop.run(state, wantsColor: !(noColor || environmentNoColor)) { effect, current in
                if case .writeTemplate(let lessonID) = effect {
                    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                    return TemplateWriting.perform(lessonID: lessonID, course: current.course, folder: here)
                }
                guard effect == .saveProgress, current.readOnlyReason == nil, current.progress != lastSaved else {
                    return nil
                }
                do {
                    try store.save(current.progress)
                    lastSaved = current.progress
                    return .saveFinished(error: nil)
                } catch {
                    return .saveFinished(error: (error as? LocalizedError)?.errorDescription ?? "\(error)")
                }
            }
            withExtendedLifetime(lock) {}
            if final.readOnlyReason == nil && final.progress != lastSaved {
                // The last save failed and the user quit anyway: say where things stand.
                throw CommandFailure(
                    status: ExitStatus.progressError,
                    message:
                        "your latest changes could not be saved to \(store.url.path); they are lost unless the problem above is fixed and you redo them"
                )
            }
        }
    }
}
