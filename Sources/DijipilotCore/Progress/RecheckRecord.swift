import Foundation

/// One finished re-check, as kept in the progress file (`ProgressFile.rechecks`).
public struct RecheckRecord: Codable, Equatable, Sendable {
    public var takenAt: Date
    /// `RecheckFocus.description`: "program:14", "mission:6.12", "done", "stale".
    public var focus: String
    /// The `DiagnosticRecord` it produced (the history with its answers in).
    public var diagnosticID: String
    /// The lessons it probed.
    public var checkpoints: [String]
    /// The answers it asked for (the diagnostic keeps the merged history).
    public var answers: [RecordedAnswer]
    /// Checkpoints whose probability moved by at least `CheckpointMove.threshold`, the largest move first.
    public var moves: [CheckpointMove]
    /// Done lessons the re-check confirmed: now assessed mastered.
    public var confirmed: [String]
    /// Done lessons the re-check contradicted: back on the roadmap.
    public var contradicted: [String]

    public init(
        takenAt: Date, focus: String, diagnosticID: String, checkpoints: [String], answers: [RecordedAnswer],
        moves: [CheckpointMove] = [], confirmed: [String] = [], contradicted: [String] = []
    ) {
        self.takenAt = takenAt; self.focus = focus; self.diagnosticID = diagnosticID; self.checkpoints = checkpoints
        self.answers = answers; self.moves = moves; self.confirmed = confirmed; self.contradicted = contradicted
    }
}

/// How far a re-check moved one checkpoint's P(mastered).
public struct CheckpointMove: Codable, Equatable, Sendable {
    /// Smaller moves are not reported.
    public static let threshold = 0.05
    public var lessonID: String
    public var before: Double
    public var after: Double
    public var change: Double { after - before }
    public init(lessonID: String, before: Double, after: Double) {
        self.lessonID = lessonID; self.before = before; self.after = after
    }
}
