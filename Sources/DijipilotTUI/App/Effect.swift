/// Work `update` asks for, as values. The run loop carries out saving and quitting (the only effects
/// `AppUpdate.update` returns); the app itself carries out the others, which show screens, before it returns.
public enum Effect: Equatable, Sendable {
    /// Write the progress file (the run loop answers with `AppAction.saveFinished`).
    case saveProgress
    /// Leave the app.
    case quit
    /// Write a lesson's template into the current folder, never over a file (`AppAction.templateWritten`).
    case writeTemplate(lessonID: String)
    /// Put a screen on top, perhaps asking it to show something; Esc comes back.
    case show(Route, focus: Focus? = nil)
    /// Replace the screen on top with another (a finished diagnostic makes way for its results).
    case replaceTop(with: Route, focus: Focus? = nil)
    /// Open the help overlay of the screen on top.
    case showHelp
    /// Tell every screen that something happened (see `Screen.notice`).
    case announce(AppEvent)
}

/// What a screen is asked to show when it is opened.
public enum Focus: Equatable, Sendable {
    /// A lesson by id (from the heatmap, the roadmap, Home's next lesson).
    case lesson(String)
    /// The business profile, asked before a diagnostic starts: when it is answered the diagnostic begins.
    case beforeDiagnostic
    /// The business profile, changed from Home: saving it recomputes the results and the roadmap.
    case changeProfile
    /// The diagnostic, to start at once (the profile it waited for is answered).
    case startDiagnostic
}

/// Something that happened which other screens may need to know.
public enum AppEvent: Equatable, Sendable {
    /// A diagnostic was recorded with a fresh roadmap: positions in the old results and plan mean nothing now.
    case diagnosticRecorded
}
