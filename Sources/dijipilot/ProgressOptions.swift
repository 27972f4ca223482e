import ArgumentParser
import DijipilotCore
import Foundation

/// `--progress PATH`: where the progress file lives (else $DIJIPILOT_PROGRESS, $XDG_DATA_HOME, ~/.local/share).
struct ProgressOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The progress file (default: $DIJIPILOT_PROGRESS, else $XDG_DATA_HOME/dijipilot/progress.json, else ~/.local/share/dijipilot/progress.json).",
            valueName: "path"))
    var progress: String?

    var store: ProgressStore {
        ProgressStore(
            url: ProgressLocation.resolve(
                explicit: progress.map { ($0 as NSString).expandingTildeInPath },
                environment: ProcessInfo.processInfo.environment))
    }

    /// Reads the file without locking it (for commands that only read).
    func read() throws -> (ProgressStore, ProgressFile) {
        let store = self.store
        do { return (store, try store.load()) } catch let error as ProgressError {
            throw CommandFailure(status: ExitStatus.progressError, message: error.errorDescription ?? "\(error)")
        }
    }

    /// Locks and reads the file for a command that will write it; refuses (exit 4) when another copy holds it.
    func openForWriting() throws -> (ProgressStore, ProgressLock, ProgressFile) {
        let store = self.store
        do {
            let lock = try store.acquireLock()
            return (store, lock, try store.load())
        } catch let error as ProgressError {
            var message = error.errorDescription ?? "\(error)"
            if case .locked = error {
                message = message.replacingOccurrences(
                    of: "it is opened read-only here: close the other one to make changes",
                    with: "close the other one and run this command again")
            }
            throw CommandFailure(status: ExitStatus.progressError, message: message)
        }
    }

    /// Saves, turning a failure into exit code 4 with the store's message.
    func save(_ file: ProgressFile, to store: ProgressStore) throws {
        do { try store.save(file) } catch let error as ProgressError {
            throw CommandFailure(status: ExitStatus.progressError, message: error.errorDescription ?? "\(error)")
        }
    }
}

/// Diagnostic tuning shared by the app and the headless protocol.
struct DiagnosticOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Seed for the order of the options and for breaking ties between equally informative questions.",
            discussion:
                "The same seed and answers give the same questions in the same order. Without it each new diagnostic gets a random seed, saved with it, so resuming shows the same order."
        ))
    var seed: UInt64?

    @Option(name: .customLong("max-questions"), help: "Stop after this many questions at the most.")
    var maxQuestions: Int = 30

    func validate() throws {
        guard (1...500).contains(maxQuestions) else {
            throw ValidationError("--max-questions must be between 1 and 500 (got \(maxQuestions))")
        }
    }

    var config: DiagnosticConfig {
        var config = DiagnosticConfig()
        config.seed = seed ?? UInt64.random(in: 0...UInt64.max)
        config.maxQuestions = maxQuestions
        return config
    }
}
