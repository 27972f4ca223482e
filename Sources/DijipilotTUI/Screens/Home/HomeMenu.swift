import DijipilotCore

/// What the home screen's menu can do.
enum HomeMenuItem: CaseIterable, Sendable {
    case diagnostic, tree, results, roadmap, team, profile, help, quit

    /// The menu wording; the diagnostic offers to resume when one was left half-way.
    func title(_ app: AppState) -> String {
        switch self {
        case .diagnostic:
            let answered = app.resumableDiagnostic?.answers.count ?? 0
            return answered > 0 ? "Resume the diagnostic (\(answered) answered)" : "Take the diagnostic"
        case .tree: return "Explore the curriculum"
        case .results: return "Results & heatmap"
        case .roadmap: return "Your roadmap"
        case .team:
            let others = app.team.roster.teammates.count
            if app.showsTeam { return "Your team (results show the team)" }
            return others == 0 ? "Your team" : "Your team (\(Wording.plural(others, "teammate")))"
        case .profile: return "Your business profile"
        case .help: return "Help"
        case .quit: return "Quit"
        }
    }

    var hotkey: Character {
        switch self {
        case .diagnostic: "d"
        case .tree: "c"
        case .results: "h"
        case .roadmap: "r"
        case .team: "m"
        case .profile: "p"
        case .help: "?"
        case .quit: "q"
        }
    }

    /// The status line's word for the item's key.
    var short: String {
        switch self {
        case .diagnostic: "diagnostic"
        case .tree: "curriculum"
        case .results: "heatmap"
        case .roadmap: "roadmap"
        case .team: "team"
        case .profile: "profile"
        case .help: "help"
        case .quit: "quit"
        }
    }

    /// Choosing the item: help and quit do what `?` and `q` do everywhere.
    var effect: Effect {
        switch self {
        case .diagnostic: .show(.diagnostic)
        case .tree: .show(.tree)
        case .results: .show(.results)
        case .roadmap: .show(.roadmap)
        case .team: .show(.team)
        case .profile: .show(.profile, focus: .changeProfile)
        case .help: .showHelp
        case .quit: .quit
        }
    }
}
