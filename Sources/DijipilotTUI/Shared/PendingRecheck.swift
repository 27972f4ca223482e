import DijipilotCore

/// A focused re-check under way in the app: its focus and the lessons it covers (`ProgressFile.recheckSession`).
public struct PendingRecheck: Equatable, Sendable {
    public var focus: RecheckFocus
    public var checkpoints: [String]
    public init(focus: RecheckFocus, checkpoints: [String]) { self.focus = focus; self.checkpoints = checkpoints }
}
