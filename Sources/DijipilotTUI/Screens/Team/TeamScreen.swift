import DijipilotCore

extension Route {
    /// Who answered the diagnostic, and the choice between one's own answers and the team picture.
    static let team = Route("team")
}

struct TeamScreenState: ScreenState {
    /// The first line shown, when the page is taller than the screen.
    var scroll = 0
    init() {}
}

/// What a key means on the team screen.
enum TeamCommand: Sendable { case up, down, switchPicture, disagreements, results }

/// Your team: the respondents (you and the teammates added with `dijipilot team add`), the switch between your
/// own answers and the team picture, and the way to the disagreement map; with nobody else yet, how to add them.
enum TeamScreen: Screen {
    static let route = Route.team
    static let title = "Your team"

    static func keys(_ state: TeamScreenState, app: AppState) -> [KeyBinding<TeamCommand>] {
        var table: [KeyBinding<TeamCommand>] = [
            KeyBinding([.up, .character("k")], "Scroll up", .up),
            KeyBinding([.down, .character("j")], "Scroll down", .down),
        ]
        if app.team.picture != nil {
            let switchHelp =
                app.showsTeamPicture
                ? "Show your own answers again in the results, the roadmap, Home and the tree"
                : "Show the team picture in the results, the roadmap, Home and the tree (for this session)"
            table += [
                KeyBinding(
                    [.character("s")], switchHelp, short: app.showsTeamPicture ? "my answers" : "team picture",
                    .switchPicture),
                KeyBinding(
                    [.character("w")], "Where the team disagrees, the checkpoints most worth discussing first",
                    short: "disagreements", .disagreements),
            ]
        }
        table.append(KeyBinding([.character("h")], "Results & heatmap", short: "heatmap", .results))
        return table
    }

    static func handle(
        _ command: TeamCommand, key: Key, state: inout TeamScreenState, app: inout AppState, area: Rect
    ) -> [Effect] {
        let count = TeamScreenView.lines(app: app, width: area.width).count
        let maxScroll = TextBlock.maxScroll(
            lineCount: count, height: TeamScreenView.page(area, lineCount: count).height)
        switch command {
        case .up: state.scroll = max(0, min(state.scroll, maxScroll) - 1)
        case .down: state.scroll = min(maxScroll, state.scroll + 1)
        case .switchPicture:
            guard app.team.picture != nil else { return [] }
            app.showsTeamPicture.toggle()
            app.message = StatusMessage(
                app.showsTeamPicture
                    ? "The results, the roadmap, Home and the tree now show the team picture (\(app.team.names))"
                    : "The results, the roadmap, Home and the tree show your own answers again")
        case .disagreements: return [.show(.disagreements)]
        case .results: return [.show(.results)]
        }
        return []
    }

    static func render(into grid: inout Grid, area: Rect, state: TeamScreenState, app: AppState) {
        TeamScreenView.render(into: &grid, area: area, team: state, app: app)
    }
}
