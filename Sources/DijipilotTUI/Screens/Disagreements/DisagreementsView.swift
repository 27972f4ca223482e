import DijipilotCore

/// Draws the disagreement map: a header (how many checkpoints, who answered), then the listing, the selected
/// checkpoint's title line in reverse video.
enum DisagreementsView {
    static func render(into grid: inout Grid, area: Rect, state: DisagreementsScreenState, app: AppState) {
        let theme = app.theme
        guard let map = app.team.disagreements else { return }
        let listing =
            state.listing.kept(for: .init(width: area.width, revision: app.revision))
            ?? DisagreementListing(app: app, width: area.width)
        let list = DisagreementListing.listArea(area)
        let count = " " + Wording.plural(map.items.count, "checkpoint")
        let headers = [
            "\(count) where your estimates differ, the conversations worth having first on top",
            "\(count) where you differ, most worth discussing first", "\(count) where you differ",
        ]
        let header = headers.first { DisplayWidth.of($0) <= area.width - 1 } ?? headers[headers.count - 1]
        grid.put(header, x: area.x, y: area.y, style: theme.heading, maxWidth: area.width)
        guard !map.items.isEmpty else {
            grid.put(
                " Your estimates agree on every checkpoint.", x: area.x, y: list.y, maxWidth: area.width)
            return
        }
        let selected = min(max(0, state.selected), map.items.count - 1)
        let more = "\(selected + 1) of \(map.items.count)"
        let names = " " + map.respondents.joined(separator: ", ")
        grid.put(
            DisplayWidth.truncate(names, to: max(0, area.width - DisplayWidth.of(more) - 3)), x: area.x,
            y: area.y + 1, style: theme.subtle)
        grid.put(more, x: area.maxX - DisplayWidth.of(more) - 1, y: area.y + 1, style: theme.subtle)
        let scroll = listing.scroll(showing: selected, from: state.scroll, height: list.height)
        TextBlock(listing.lines, scroll: scroll, highlightTag: selected).render(into: &grid, area: list)
        let y = list.y + listing.starts[selected] - scroll
        if y >= list.y && y < list.maxY { grid.cursor = (list.x + 1, y) }
    }
}
