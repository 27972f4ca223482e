import DijipilotCore

/// The heatmap's disagreement mode: each cell shaded by how far apart the respondents' estimates are, with its own
/// legend and the respondents' estimates on the detail line. Kept apart from the mastery drawing it replaces.
extension ResultsScreen {
    /// True when the heatmap shows the disagreement mode (chosen, and a team to compare).
    static func showsDisagreement(_ state: ResultsScreenState, _ app: AppState) -> Bool {
        state.disagreement && app.team.picture != nil
    }

    /// `x`: switches the mode, or says why there is nothing to compare.
    static func toggleDisagreement(_ state: inout ResultsScreenState, _ app: inout AppState) {
        guard app.team.picture != nil else {
            app.message = StatusMessage(
                "The disagreement mode needs a teammate's answers to compare with yours: Your team (m on Home) says how to add them",
                kind: .error)
            return
        }
        state.disagreement.toggle()
    }
}

extension ResultsView {
    /// "Respondents apart by: · under 10 pts  ░ 10-25  ▒ 25-50  █ 50+ pts", on the legend's rows.
    static func renderDisagreementLegend(
        into grid: inout Grid, area: Rect, y: Int, rows: Int, state: AppState
    ) {
        let theme = state.theme
        var items: [(level: DisagreementLevel?, text: String)] = [(nil, "Respondents apart by:")]
        items += DisagreementLevel.allCases.map { ($0, "\($0.glyph) \($0.label)") }
        items.append((nil, "– not applicable"))
        let positions = ResultsLayout.flow(items.map(\.text), width: area.width - 1).positions
        for (item, position) in zip(items, positions) where position.row < rows {
            let x = area.x + 1 + position.x
            let room = max(0, area.maxX - x)
            guard let level = item.level else {
                grid.put(item.text, x: x, y: y + position.row, style: theme.subtle, maxWidth: room)
                continue
            }
            grid.put(String(level.glyph), x: x, y: y + position.row, style: theme.style(for: level), maxWidth: room)
            grid.put(
                String(item.text.dropFirst()), x: x + 1, y: y + position.row, style: theme.subtle,
                maxWidth: max(0, room - 1))
        }
    }

    /// " · 62 pts apart: Ana 88%, Sam 26%" for the checkpoint at curriculum index `i`.
    static func disagreementTail(lesson i: Int, state: AppState) -> (text: String, style: Style)? {
        guard let picture = state.team.picture, state.team.spreads.indices.contains(i),
            let spread = state.team.spreads[i]
        else { return nil }
        let voices = zip(picture.members, picture.estimates).map { "\($0.respondent) \(ProgressBar.percent($1[i]))" }
        return (
            " · \(Wording.pointsApart(spread)): " + voices.joined(separator: ", "),
            state.theme.style(for: DisagreementLevel(spread: spread))
        )
    }
}
