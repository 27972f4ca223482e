import DijipilotCore

/// Draws the team screen: a page of lines (the roster table, then what the team picture and the map are, or how
/// to add a teammate), scrolled when the screen is short.
enum TeamScreenView {
    static func render(into grid: inout Grid, area: Rect, team: TeamScreenState, app: AppState) {
        let lines = lines(app: app, width: area.width)
        let page = page(area, lineCount: lines.count)
        let scroll = min(team.scroll, TextBlock.maxScroll(lineCount: lines.count, height: page.height))
        TextBlock(lines, scroll: scroll).render(into: &grid, area: page)
        // A short terminal cuts the page: its last row says how far the page goes, and how to scroll it.
        if page.height < area.height {
            let more = "lines \(scroll + 1)-\(min(lines.count, scroll + page.height)) of \(lines.count) · j/k scroll "
            grid.put(more, x: area.maxX - DisplayWidth.of(more), y: area.maxY - 1, style: app.theme.subtle)
        }
    }

    /// Where the page's lines go: the whole area, less a row for the scroll note when they do not fit.
    static func page(_ area: Rect, lineCount: Int) -> Rect {
        lineCount <= area.height ? area : Rect(x: area.x, y: area.y, width: area.width, height: max(0, area.height - 1))
    }

    /// The page for `width` columns.
    static func lines(app: AppState, width: Int) -> [StyledLine] {
        let theme = app.theme
        let team = app.team
        let text = max(20, width - 2)
        let counted = team.roster.counted
        var lines: [StyledLine] = [.blank]
        let heading =
            counted >= 2 ? "Your team: \(Wording.plural(counted, "respondent"))" : "Your team: just you so far"
        lines.append(StyledLine(" " + heading, theme.heading))
        lines.append(.blank)
        lines += roster(team.roster, width: text, theme: theme)
        if app.progress.profile.respondent == nil {
            lines.append(.blank)
            lines += TextBlock.paragraph(
                "Your answers are listed as \"you\": give your name with dijipilot profile --respondent \"Your name\" --role your-role, so teammates know whose answers they see.",
                width: text + 1, indent: 1, style: theme.subtle)
        }
        lines.append(.blank)
        if team.picture != nil, let map = team.disagreements {
            lines += pictureChoice(app: app, width: text)
            lines.append(.blank)
            lines += disagreementSummary(map, width: text)
        } else {
            lines += howToAdd(team.roster, width: text, theme: theme)
        }
        return lines
    }

    /// One row per respondent: name, role, when they answered, how many questions, and whether they count.
    static func roster(_ roster: TeamRoster, width: Int, theme: Theme) -> [StyledLine] {
        let name = min(22, max(4, roster.entries.map { DisplayWidth.of($0.respondent) }.max() ?? 4))
        let role = min(16, max(4, roster.entries.map { DisplayWidth.of($0.role ?? "") }.max() ?? 4))
        let taken = 11, answers = 7, gaps = 4 * 2
        let widest = roster.entries.map { DisplayWidth.of(TeamRoster.note($0)) }.max() ?? 8
        let note = max(8, min(widest, width - name - role - taken - answers - gaps))
        let rows = roster.entries.map { entry in
            [
                entry.respondent, entry.role ?? "–", entry.takenAt.map { Wording.day($0) } ?? "–",
                "\(entry.answered)", TeamRoster.note(entry),
            ]
        }
        return TextBlock.table(
            header: ["Name", "Role", "Answered", "Answers", ""], rows: rows,
            widths: [name, role, taken, answers, note], indent: 1, headerStyle: theme.subtle,
            ruleStyle: theme.subtle)
    }

    /// Which answers the results show, and what switching does.
    static func pictureChoice(app: AppState, width: Int) -> [StyledLine] {
        let theme = app.theme
        let shows = app.showsTeamPicture ? "the team picture" : "your own answers"
        var lines = [StyledLine([Span(" The results show: ", .bold), Span(shows, theme.accent)])]
        let other =
            app.showsTeamPicture
            ? "Press s to see your own answers again."
            : "Press s to see the team picture instead."
        lines += TextBlock.paragraph(
            "\(other) The team picture is one estimate per checkpoint from everyone's answers: firmer where you "
                + "agree, less sure where you contradict each other. The gap analysis, the heatmap, the roadmap "
                + "(read-only, your statuses kept), Home and the tree follow the choice until you quit.",
            width: width + 1, indent: 1)
        return lines
    }

    /// How many checkpoints the respondents see differently, the widest one, and where the map is.
    static func disagreementSummary(_ map: TeamDisagreements, width: Int) -> [StyledLine] {
        var lines = [StyledLine(" Where you disagree", .bold)]
        let apart = map.items.filter { DisagreementLevel(spread: $0.spread) > .agree }
        guard let top = map.items.first else {
            return lines + TextBlock.paragraph("Your estimates agree on every checkpoint.", width: width + 1, indent: 1)
        }
        let count =
            apart.isEmpty
            ? "No checkpoint is 10 points apart or more."
            : "\(Wording.plural(apart.count, "checkpoint")) \(apart.count == 1 ? "is" : "are") 10 points apart or more."
        let title = DisplayWidth.truncate(top.title, to: 40)
        lines += TextBlock.paragraph(
            "\(count) The widest: \(top.lessonID) \(title) (\(Wording.pointsApart(top.spread))). Press w for "
                + "the map of who said what; x on the heatmap shades how far apart you are.",
            width: width + 1, indent: 1)
        return lines
    }

    /// With nobody else on the team: what a teammate adds, and the three steps to add one.
    static func howToAdd(_ roster: TeamRoster, width: Int, theme: Theme) -> [StyledLine] {
        // Teammates whose answers do not count (another curriculum version, or no diagnostic of your own yet) are
        // listed above with the reason: say what is missing rather than that nobody answered.
        let why =
            roster.teammates.isEmpty
            ? "Nobody else's answers are here yet."
            : "A team picture needs two respondents' answers on this curriculum version; the list above says why "
                + "\(roster.counted == 0 ? "none counts" : "only one counts") yet."
        var lines = TextBlock.paragraph(
            why + " People in one business often see it differently, and that is where work gets dropped: with a "
                + "teammate's answers, this screen combines yours and theirs into one picture and maps where you "
                + "disagree.",
            width: width + 1, indent: 1)
        lines.append(.blank)
        lines.append(StyledLine(" To add a teammate", .bold))
        let steps: [(String, String)] = [
            (
                "On their own computer, they give their name and take the diagnostic:",
                "dijipilot profile --respondent \"Sam\" --role operations"
            ),
            (
                "When they have finished, they save their answers to a small file and send it to you:",
                "dijipilot team export --output sam.json"
            ),
            ("Here, you bring the file into your progress:", "dijipilot team add sam.json"),
        ]
        for (n, step) in steps.enumerated() {
            lines += TextBlock.paragraph(step.0, width: width + 1, indent: 1, lead: Span(" \(n + 1). "))
            lines.append(StyledLine([Span("       "), Span(step.1, theme.accent)]))
        }
        lines += TextBlock.paragraph(
            "Add one file per teammate; dijipilot team list shows who is in, team remove NAME takes someone out.",
            width: width + 1, indent: 1)
        return lines
    }
}
