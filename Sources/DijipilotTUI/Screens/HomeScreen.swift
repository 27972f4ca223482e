import DijipilotCore

public struct HomeState: Equatable, Sendable {
    public var selectedAction = 0
    public init() {}
}

/// What the home screen's menu can do.
public enum HomeAction: CaseIterable, Sendable {
    case diagnostic, tree, results, roadmap, help, quit

    var title: String {
        switch self {
        case .diagnostic: "Take the diagnostic"
        case .tree: "Explore the curriculum"
        case .results: "Results & heatmap"
        case .roadmap: "Your roadmap"
        case .help: "Help"
        case .quit: "Quit"
        }
    }
    var hotkey: Character {
        switch self {
        case .diagnostic: "d"
        case .tree: "c"
        case .results: "h"
        case .roadmap: "r"
        case .help: "?"
        case .quit: "q"
        }
    }
}

public enum HomeCommand: Sendable { case up, down, activate, run(HomeAction) }

/// Home: where the user stands, and the ways in.
enum HomeScreen {
    static func bindings(_ state: AppState) -> [KeyBinding<HomeCommand>] {
        [
            KeyBinding([.up, .character("k")], "Move up the menu", .up),
            KeyBinding([.down, .character("j")], "Move down the menu", .down),
            KeyBinding([.enter, .character(" ")], "Open the selected item", short: "open", .activate),
            KeyBinding([.character("d")], "Take the diagnostic", short: "diagnostic", .run(.diagnostic)),
            KeyBinding([.character("c")], "Explore the curriculum", short: "curriculum", .run(.tree)),
            KeyBinding([.character("h")], "Results and heatmap", short: "heatmap", .run(.results)),
            KeyBinding([.character("r")], "Your roadmap", short: "roadmap", .run(.roadmap)),
        ]
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if case .mouse(_, let y, .click) = key, let row = menuRow(for: y, state: state) {
            state.home.selectedAction = row
            return run(HomeAction.allCases[row], &state)
        }
        guard let command = bindings(state).command(for: key) else { return [] }
        let count = HomeAction.allCases.count
        switch command {
        case .up: state.home.selectedAction = (state.home.selectedAction + count - 1) % count
        case .down: state.home.selectedAction = (state.home.selectedAction + 1) % count
        case .activate: return run(HomeAction.allCases[state.home.selectedAction], &state)
        case .run(let action): return run(action, &state)
        }
        return []
    }

    static func run(_ action: HomeAction, _ state: inout AppState) -> [Effect] {
        switch action {
        case .diagnostic: state.push(.diagnostic)
        case .tree: state.push(.tree)
        case .results: state.push(.results)
        case .roadmap: state.push(.roadmap)
        case .help: state.showingHelp = true; state.helpScroll = 0
        case .quit: state.shouldQuit = true; return [.quit]
        }
        return []
    }

    /// The menu occupies rows starting at this offset inside the content area (below the title bar).
    static let menuTop = 3

    static func menuRow(for y: Int, state: AppState) -> Int? {
        let row = y - 1 - menuTop
        return (0..<HomeAction.allCases.count).contains(row) ? row : nil
    }

    static func render(into grid: inout Grid, area: Rect, state: AppState) {
        let theme = state.theme
        let curriculum = state.course.curriculum
        let wide = area.width >= 100
        let menuWidth = wide ? 40 : area.width
        let (menuArea, listArea) = wide ? area.splitLeft(menuWidth) : (area, Rect(x: 0, y: 0, width: 0, height: 0))

        grid.put(" Welcome to Dijipilot", x: menuArea.x, y: menuArea.y + 1, style: theme.heading, maxWidth: menuArea.width)
        for (i, action) in HomeAction.allCases.enumerated() {
            let y = menuArea.y + menuTop + i
            let selected = i == state.home.selectedAction
            let text = " \(selected ? "▸" : " ") \(action.title)"
            let style: Style = selected ? theme.selected : .plain
            if selected { grid.fill(Rect(x: menuArea.x + 1, y: y, width: min(32, menuArea.width - 2), height: 1), style: style) }
            grid.put(text, x: menuArea.x + 1, y: y, style: style, maxWidth: min(32, menuArea.width - 2))
            grid.put("[\(action.hotkey)]", x: menuArea.x + 28, y: y, style: selected ? style : theme.subtle, maxWidth: 4)
            if selected { grid.cursor = (menuArea.x + 2, y) }
        }
        let counts = "\(curriculum.programs.count) programs · \(curriculum.missionCount) missions · \(curriculum.lessons.count) skill checkpoints"
        let infoY = menuArea.y + menuTop + HomeAction.allCases.count + 1
        grid.put(" " + counts, x: menuArea.x, y: infoY, style: theme.subtle, maxWidth: menuArea.width)

        guard wide else { return }
        grid.put("Programs", x: listArea.x + 2, y: listArea.y + 1, style: theme.heading)
        for (i, program) in curriculum.programs.prefix(max(0, listArea.height - 3)).enumerated() {
            let y = listArea.y + 3 + i
            let id = program.id.count < 2 ? " " + program.id : program.id
            grid.put("\(id)  \(program.title)", x: listArea.x + 2, y: y, maxWidth: listArea.width - 4)
        }
    }
}
