import DijipilotCore

/// The app's pure update: no I/O, no clock; effects come back as values for the run loop.
public enum AppUpdate {
    public static func update(_ state: inout AppState, _ action: AppAction) -> [Effect] {
        switch action {
        case .resize(let width, let height):
            state.width = max(0, width); state.height = max(0, height)
            // A taller or wider screen shows more of the help: its scroll may now be past the last row.
            if state.showingHelp { state.helpScroll = min(state.helpScroll, HelpOverlay.maxScroll(state)) }
            return []
        case .clock(let date):
            state.now = date
            return []
        case .saveFinished(let error):
            if let error { state.message = StatusMessage(error, kind: .error) }
            return []
        case .key(let key):
            let before = state.route
            let effects = handle(key, &state)
            // Coming back to the tree after another screen changed progress (a lesson marked done on the roadmap)
            // can leave its filtered selection hidden: put it back on a visible row.
            if state.route == .tree && before != .tree { TreeUpdate.finish(&state, TreeContext(state)) }
            return effects
        }
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if case .resize = key { return [] }
        state.message = nil
        if state.showingHelp { return HelpOverlay.handle(key, &state) }
        if ScreenDispatch.capturesText(state) { return ScreenDispatch.handle(key, &state) }
        if let command = GlobalKeys.bindings.command(for: key) {
            switch command {
            case .help:
                state.showingHelp = true; state.helpScroll = 0; return []
            case .quit:
                state.shouldQuit = true; return [.quit]
            case .back:
                if ScreenDispatch.handleBack(&state) { return [] }
                if state.routes.count > 1 { state.pop(); return [] }
                return []
            }
        }
        return ScreenDispatch.handle(key, &state)
    }
}
