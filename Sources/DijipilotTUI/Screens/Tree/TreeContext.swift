import DijipilotCore

/// What every tree computation needs, gathered from the app state (nothing here is built: the outline's ranges
/// and the mastery are kept in `AppState`).
struct TreeContext {
    let curriculum: Curriculum
    let outline: TreeOutline
    let mastery: MasteryView
    /// Aggregated percentages mean something only once a diagnostic exists.
    let hasDiagnostic: Bool
    /// `AppState.revision`, for the views the tree keeps.
    let revision: Int

    init(_ app: AppState) {
        curriculum = app.course.curriculum
        outline = TreeOutline(curriculum, app.lessonRanges)
        mastery = app.mastery
        hasDiagnostic = app.progress.latestDiagnostic != nil
        revision = app.revision
    }
}
