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
        case .templateWritten(let message):
            state.message = message
            return []
        case .key(let key):
            return carryOut(handle(key, &state), &state)
        }
    }

    /// A key: the help overlay takes it while open; a screen taking typed text gets every key; otherwise the
    /// keys every screen shares come first, then the screen's own table.
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if case .resize = key { return [] }
        state.message = nil
        if state.showingHelp { return HelpOverlay.handle(key, &state) }
        if ScreenDispatch.takesTypedText(state) { return ScreenDispatch.handle(key, &state) }
        if let command = GlobalKeys.bindings.command(for: key) {
            switch command {
            case .help: return [.showHelp]
            case .quit: return [.quit]
            case .back:
                if !ScreenDispatch.stepBack(&state) { state.closeTop() }
                return []
            }
        }
        return ScreenDispatch.handle(key, &state)
    }

    /// Carries out the effects that show screens, the help or quit; returns those for the run loop (save, quit).
    static func carryOut(_ effects: [Effect], _ state: inout AppState) -> [Effect] {
        var forRunLoop: [Effect] = []
        for effect in effects {
            switch effect {
            case .saveProgress, .writeTemplate:
                forRunLoop.append(effect)
            case .quit:
                state.shouldQuit = true
                forRunLoop.append(effect)
            case .show(let route, let focus):
                state.show(route, focus: focus)
            case .replaceTop(let route, let focus):
                state.replaceTop(with: route, focus: focus)
            case .showHelp:
                state.showingHelp = true
                state.helpScroll = 0
            case .announce(let event):
                ScreenDispatch.announce(event, &state)
            }
        }
        return forRunLoop
    }
}
