import DijipilotCore

/// What every tree computation needs, built once per key press or frame from the app state.
struct TreeContext {
    let curriculum: Curriculum
    let outline: TreeOutline
    let mastery: MasteryView
    /// Aggregated percentages mean something only once a diagnostic exists.
    let hasDiagnostic: Bool

    init(_ app: AppState) {
        curriculum = app.course.curriculum
        outline = TreeOutline(curriculum)
        mastery = app.mastery
        hasDiagnostic = app.progress.latestDiagnostic != nil
    }
}
