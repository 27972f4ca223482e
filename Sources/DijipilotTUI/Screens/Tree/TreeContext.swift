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
    /// The business profile, for the lessons that do not apply to it.
    let profile: BusinessProfile

    init(_ app: AppState) {
        curriculum = app.course.curriculum
        outline = TreeOutline(curriculum, app.lessonRanges)
        mastery = app.mastery
        hasDiagnostic = app.progress.latestDiagnostic != nil
        revision = app.revision
        profile = app.progress.profile.business
    }

    /// Why lesson `i` does not apply to the business ("not for dropshipping"), or nil when it does.
    func notApplicableReason(_ i: Int) -> String? { curriculum.lessons[i].appliesTo?.reason(for: profile) }
}
