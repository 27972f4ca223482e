import Foundation

/// Why the progress file could not be read, written or locked; each message names the file, the place and
/// what to do.
public indirect enum ProgressError: LocalizedError, Equatable, Sendable {
    /// Not JSON at all: empty, cut short, not UTF-8 or a syntax error, with where it was noticed.
    case notJSON(file: String, line: Int, column: Int, detail: String, backup: String?)
    /// Valid JSON whose content does not fit the layout: a field path and what is wrong with it.
    case wrongContent(file: String, field: String, problem: String, backup: String?)
    /// Written by a newer Dijipilot: reading it could lose what that version stored.
    case newerVersion(file: String, found: Int, supported: Int)
    case unreadable(file: String, reason: String)
    /// Saving failed; nothing on disk changed.
    case saveFailed(file: String, reason: String)
    /// The file on disk is damaged or newer: saving over it would destroy it.
    case refusingToOverwrite(file: String, problem: ProgressError)
    /// Another process holds the lock.
    case locked(file: String, holder: ProgressLock.Holder)
    case lockFailed(file: String, reason: String)

    /// The file exists but cannot be used as it is (load fails, save refuses).
    public var isDamaged: Bool {
        switch self {
        case .notJSON, .wrongContent, .newerVersion: return true
        case .refusingToOverwrite: return true
        default: return false
        }
    }

    /// Process exit code for the command line: 4 when another process holds the file.
    public var exitCode: Int32 {
        switch self {
        case .locked: return 4
        default: return 1
        }
    }

    public var errorDescription: String? {
        switch self {
        case .notJSON(let file, let line, let column, let detail, let backup):
            return "the progress file \(file) is not valid JSON at line \(line), column \(column): \(detail). "
                + Self.leftAlone(file, backup: backup)
        case .wrongContent(let file, let field, let problem, let backup):
            return "the progress file \(file) has a problem at \(field): \(problem). "
                + Self.leftAlone(file, backup: backup)
        case .newerVersion(let file, let found, let supported):
            return
                "the progress file \(file) was written by a newer Dijipilot (schema version \(found); this one reads up to \(supported)); "
                + "update Dijipilot to use it. It was left untouched and will not be saved over."
        case .unreadable(let file, let reason):
            return
                "the progress file \(file) cannot be read: \(reason); check its permissions, or pass --progress with another path"
        case .saveFailed(let file, let reason):
            return
                "progress could not be saved to \(file): \(reason); your answers are kept in memory, free space or fix permissions and retry"
        case .refusingToOverwrite(let file, let problem):
            return "not saving to \(file), because the file there cannot be read: "
                + (problem.errorDescription ?? "\(problem)")
        case .locked(let file, let holder):
            return "the progress file \(file) is in use by another Dijipilot (\(holder.summary)); "
                + "it is opened read-only here: close the other one to make changes"
        case .lockFailed(let file, let reason):
            return
                "cannot lock the progress file \(file): \(reason); check the folder's permissions, or pass --progress with another path"
        }
    }

    private static func leftAlone(_ file: String, backup: String?) -> String {
        var text =
            "The file was left exactly as it is and Dijipilot will not save over it: move it aside "
            + "(for example mv '\(file)' '\(file).damaged') to start afresh"
        if let backup { text += ", or copy the previous save '\(backup)' over it" }
        return text + "."
    }
}
