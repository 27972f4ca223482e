import DijipilotCore

extension AppState {
    /// The diagnostic under way that can be resumed: answers given on this very course content. Home offers
    /// to resume it; the diagnostic screen resumes it.
    var resumableDiagnostic: InProgressDiagnostic? {
        guard let saved = progress.inProgress, saved.contentHash == course.contentHash, !saved.answers.isEmpty else {
            return nil
        }
        return saved
    }
}
