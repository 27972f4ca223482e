import DijipilotCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Set from signal handlers (SIGTERM, SIGINT, SIGHUP): the loop sees it within one input timeout and ends cleanly.
nonisolated(unsafe) private var terminationRequested: sig_atomic_t = 0

/// The app's main loop: read a key, update, perform effects, draw. It always restores the terminal.
public enum AppRunLoop {
    /// Runs until the state asks to quit. `perform` executes an effect (e.g. saving) and may answer with an action.
    public static func run(
        _ initial: AppState, wantsColor: Bool,
        perform: (Effect, AppState) -> AppAction?
    ) -> AppState {
        var state = initial
        let backend = NcursesBackend()
        installSignalHandlers()
        backend.start(wantsColor: wantsColor)
        defer { backend.stop() }
        state.theme = Theme(usesColor: backend.usesColor)
        let size = backend.size
        _ = AppUpdate.update(&state, .resize(width: size.width, height: size.height))
        backend.draw(AppView.render(state))

        while !state.shouldQuit {
            if terminationRequested != 0 {
                // A signal asked us to stop: save whatever needs saving, then leave through the same path as `q`.
                _ = perform(.saveProgress, state)
                break
            }
            guard let key = backend.readKey() else { continue }
            var action = AppAction.key(key)
            if key == .resize {
                let size = backend.size
                action = .resize(width: size.width, height: size.height)
                backend.invalidate()
            }
            _ = AppUpdate.update(&state, .clock(Date()))
            var effects = AppUpdate.update(&state, action)
            while !effects.isEmpty {
                let effect = effects.removeFirst()
                if effect == .quit { state.shouldQuit = true; continue }
                if let outcome = perform(effect, state) { effects += AppUpdate.update(&state, outcome) }
            }
            if !state.shouldQuit { backend.draw(AppView.render(state)) }
        }
        return state
    }

    private static func installSignalHandlers() {
        for sig in [SIGTERM, SIGINT, SIGHUP] {
            signal(sig) { _ in terminationRequested = 1 }
        }
        // A parent (a CI runner, a multiplexer started from one) may hand us a blocked signal mask; a blocked
        // SIGTERM or SIGWINCH would leave the app deaf to termination and resizes.
        var set = sigset_t()
        sigemptyset(&set)
        for sig in [SIGTERM, SIGINT, SIGHUP, SIGWINCH] { sigaddset(&set, sig) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}
