import Foundation

/// Everything that can happen to the app: a key, a new terminal size, the time, or the outcome of an effect.
public enum AppAction: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The run loop tells the time before each key, so update stays pure.
    case clock(Date)
    /// The progress file was saved (nil) or could not be (the message).
    case saveFinished(error: String?)
    /// What writing a template came to, as the status line says it.
    case templateWritten(StatusMessage)
}
