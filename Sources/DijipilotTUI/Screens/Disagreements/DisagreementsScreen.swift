import DijipilotCore

extension Route {
    /// The disagreement map: the checkpoints where the respondents' estimates differ most, who said what.
    static let disagreements = Route("disagreements")
}

struct DisagreementsScreenState: ScreenState {
    /// The selected checkpoint: an index in the map's items.
    var selected = 0
    /// The first line of the listing shown.
    var scroll = 0
    /// The listing's lines, kept for the width and data they were built for.
    var listing = Derived<DisagreementListing.Inputs, DisagreementListing>()
    init() {}
}

/// What a key means on the disagreement map.
enum DisagreementsCommand: Sendable { case up, down, pageUp, pageDown, first, last, open }

/// The disagreement map: the core's ranking (`TeamDisagreements`), top first, each checkpoint with its spread and
/// every respondent's estimate in the words of the options they chose. Enter opens the lesson in the tree.
enum DisagreementsScreen: Screen {
    static let route = Route.disagreements
    static let title = "Where the team disagrees"

    static func keys(_ state: DisagreementsScreenState, app: AppState) -> [KeyBinding<DisagreementsCommand>] {
        [
            KeyBinding([.up, .character("k")], "Previous checkpoint", .up),
            KeyBinding([.down, .character("j")], "Next checkpoint", .down),
            KeyBinding([.pageUp], "A screen up", .pageUp),
            KeyBinding([.pageDown, .character(" ")], "A screen down", .pageDown),
            KeyBinding([.home], "The first checkpoint (the one most worth discussing)", .first),
            KeyBinding([.end], "The last checkpoint", .last),
            KeyBinding([.enter], "Open the selected checkpoint's lesson", short: "open lesson", .open),
        ]
    }

    /// The map needs two respondents: without them the app stays where it was and says how to add one.
    static func willAppear(focus: Focus?, state: inout DisagreementsScreenState, app: inout AppState) -> Bool {
        guard app.team.disagreements != nil else {
            app.message = StatusMessage(
                "The disagreement map compares respondents: add a teammate's answers first (Your team, m on Home, says how)",
                kind: .error)
            return false
        }
        return true
    }

    static func handle(
        _ command: DisagreementsCommand, key: Key, state: inout DisagreementsScreenState, app: inout AppState,
        area: Rect
    ) -> [Effect] {
        let listing = self.listing(&state, app, area: area)
        let count = listing.starts.count
        guard count > 0 else { return [] }
        let current = min(max(0, state.selected), count - 1)
        let page = DisagreementListing.listArea(area).height
        switch command {
        case .up: state.selected = max(0, current - 1)
        case .down: state.selected = min(count - 1, current + 1)
        case .first: state.selected = 0
        case .last: state.selected = count - 1
        case .pageUp: state.selected = listing.item(atLine: max(0, listing.starts[current] - page))
        case .pageDown: state.selected = listing.item(atLine: listing.starts[current] + page)
        case .open:
            if let items = app.team.disagreements?.items, items.indices.contains(current) {
                return [.show(.tree, focus: .lesson(items[current].lessonID))]
            }
        }
        state.scroll = listing.scroll(showing: state.selected, from: state.scroll, height: page)
        return []
    }

    /// The team changed (a new diagnostic): positions in the old map mean nothing now.
    static func notice(_ event: AppEvent, state: inout DisagreementsScreenState, app: AppState) {
        if event == .diagnosticRecorded { state = DisagreementsScreenState() }
    }

    static func listing(_ state: inout DisagreementsScreenState, _ app: AppState, area: Rect) -> DisagreementListing {
        state.listing.value(for: .init(width: area.width, revision: app.revision)) {
            DisagreementListing(app: app, width: area.width)
        }
    }

    static func render(into grid: inout Grid, area: Rect, state: DisagreementsScreenState, app: AppState) {
        DisagreementsView.render(into: &grid, area: area, state: state, app: app)
    }
}
