import DijipilotCore

/// Draws Home: the welcome, where the business stands, the menu, and from 100 columns the programs.
enum HomeView {
    static func render(into grid: inout Grid, area: Rect, home: HomeScreenState, app state: AppState) {
        let theme = state.theme
        let curriculum = state.course.curriculum
        let layout = HomeLayout(area: area, app: state)
        let column = layout.column

        var title = " Welcome to Dijipilot"
        if let name = state.progress.profile.businessName, !name.isEmpty { title += ", \(name)" }
        grid.put(DisplayWidth.truncate(title, to: column.width), x: column.x, y: column.y + 1, style: theme.heading)
        let profile = Wording.profileLine(state.progress.profile.business).map { " " + $0 }
        let profileText =
            profile
            ?? (state.progress.profile.business.isEmpty
                ? " Profile not set: p sets it" : " Profile: everything applies")
        grid.put(
            DisplayWidth.truncate(profileText, to: column.width - 1), x: column.x, y: column.y + 2, style: theme.subtle)
        renderStanding(
            into: &grid, area: layout.standing, state: state, showsPrograms: layout.programs != nil,
            recheckRow: layout.recheckRow)

        for (i, action) in HomeMenuItem.allCases.enumerated() {
            let row = layout.menuRowRect(i)
            guard row.y < layout.menu.maxY else { break }
            let selected = i == home.selectedAction
            let hotkey = "[\(action.hotkey)]"
            let text = "\(selected ? "▸" : " ") \(action.title(state))"
            grid.put(DisplayWidth.truncate(text, to: row.width - 5), x: row.x, y: row.y)
            grid.put(hotkey, x: row.maxX - 3, y: row.y, style: theme.subtle)
            if selected {
                grid.restyle(row) { $0 = Style(bold: true, reverse: true) }
                grid.cursor = (row.x + 2, row.y)
            }
        }
        let counts =
            "\(curriculum.programs.count) programs · \(curriculum.missionCount) missions · \(curriculum.lessons.count) checkpoints"
        if layout.menu.maxY + 1 < column.maxY {
            grid.put(
                DisplayWidth.truncate(" " + counts, to: column.width - 1), x: column.x, y: layout.menu.maxY + 1,
                style: theme.subtle)
        }
        if let programs = layout.programs { renderPrograms(into: &grid, area: programs, state: state) }
    }

    /// Four lines: mastery, the last diagnostic, the roadmap's progress, the next lesson; a fifth suggests the
    /// re-check due. Without the programs panel, the last diagnostic's line says when results are stale.
    static func renderStanding(
        into grid: inout Grid, area: Rect, state: AppState, showsPrograms: Bool, recheckRow: Rect?
    ) {
        let theme = state.theme
        let x = area.x + 1, width = area.width - 2
        let labelWidth = 10
        let barWidth = max(6, min(20, width - labelWidth - 14))
        func label(_ text: String, y: Int) { grid.put(text, x: x, y: y, style: .bold, maxWidth: width) }

        guard let latest = state.progress.latestDiagnostic else {
            let lines =
                DisplayWidth.wrap("No diagnostic yet — take one in about 5 minutes", width: width).map {
                    ($0, Style.bold)
                }
                + DisplayWidth.wrap("It finds your gaps and builds your roadmap from them.", width: width).map {
                    ($0, theme.subtle)
                }
            for (i, line) in lines.prefix(area.height).enumerated() {
                grid.put(line.0, x: x, y: area.y + i, style: line.1, maxWidth: width)
            }
            return
        }
        let mastery = state.mastery.overallMastery
        label("Mastery", y: area.y)
        ProgressBar(mastery, filled: theme.barFilled, empty: theme.barEmpty)
            .render(into: &grid, area: .row(x: x + labelWidth, y: area.y, width: barWidth))
        grid.put(ProgressBar.percent(mastery), x: x + labelWidth + barWidth + 2, y: area.y, style: .bold)

        renderLastDiagnostic(
            latest, into: &grid, x: x, y: area.y + 1, width: width, state: state,
            stale: showsPrograms ? nil : HomeRecheck.staleNote(state.measurements))
        if let due = state.measurements.due, let row = recheckRow {
            HomeRecheck.render(due, into: &grid, x: x, y: row.y, width: width, labelWidth: labelWidth, theme: theme)
        }

        let listing = state.roadmapListing
        guard !listing.isEmpty else {
            grid.put(
                DisplayWidth.truncate("Roadmap: nothing to study — every checkpoint is mastered", to: width),
                x: x, y: area.y + 2, style: theme.good)
            return
        }
        let (done, total) = listing.planProgress
        label("Roadmap", y: area.y + 2)
        ProgressBar(total == 0 ? 0 : Double(done) / Double(total), filled: theme.barFilled, empty: theme.barEmpty)
            .render(into: &grid, area: .row(x: x + labelWidth, y: area.y + 2, width: barWidth))
        grid.put(
            "\(done)/\(total) done", x: x + labelWidth + barWidth + 2, y: area.y + 2, style: .bold,
            maxWidth: max(0, width - labelWidth - barWidth - 2))

        if let next = listing.nextToStudy {
            label("Next", y: area.y + 3)
            let title = state.course.curriculum.lesson(next.lessonID)?.title ?? ""
            let idWidth = grid.put(next.lessonID, x: x + labelWidth, y: area.y + 3, style: theme.accent)
            let rest = width - labelWidth - idWidth - 1
            grid.put(DisplayWidth.truncate(title, to: rest), x: x + labelWidth + idWidth + 1, y: area.y + 3)
        } else if total > 0 {
            grid.put("Every lesson of your roadmap is done ✓", x: x, y: area.y + 3, style: theme.good, maxWidth: width)
        }
    }

    /// "Last diagnostic: 12 Jan 2027 · 13 questions · +4 pts" ("Last re-check" after one), then the stale note if
    /// any: the note goes before the questions and the change when not everything fits.
    static func renderLastDiagnostic(
        _ latest: DiagnosticRecord, into grid: inout Grid, x: Int, y: Int, width: Int, state: AppState,
        stale: String?
    ) {
        let theme = state.theme
        if state.showsTeam {
            // The bars above show the team's picture; this line must not pass one person's diagnostic off as it.
            let line = "Showing the \(state.team.pictureName)"
            grid.put(DisplayWidth.truncate(line, to: width), x: x, y: y, style: theme.subtle)
            return
        }
        let questions = " · " + Wording.plural(latest.result.questionsAsked, "question")
        // A re-check is saved as a diagnostic; Home names it for what it was.
        let kind = state.progress.rechecks.contains { $0.diagnosticID == latest.id } ? "re-check" : "diagnostic"
        var last = "Last \(kind): \(Wording.day(latest.takenAt))"
        let note = stale.map { " · " + $0 } ?? ""
        if DisplayWidth.of(last + questions + note) <= width || stale == nil { last += questions }
        if let (_, delta) = state.progress.overallChangeSincePrevious {
            // Progress over time at a glance; `h` shows it again, `dijipilot compare` per program.
            let change = " · \(ComparisonExport.signedPoints(delta)) pts"
            if DisplayWidth.of(last + change + note) <= width { last += change }
        }
        let used = grid.put(DisplayWidth.truncate(last, to: width), x: x, y: y, style: theme.subtle)
        if !note.isEmpty {
            grid.put(DisplayWidth.truncate(note, to: width - used), x: x + used, y: y, style: theme.warning)
        }
    }

    /// The programs, with when each was last measured and a mastery bar once a diagnostic exists.
    static func renderPrograms(into grid: inout Grid, area: Rect, state: AppState) {
        let theme = state.theme
        let curriculum = state.course.curriculum
        let hasDiagnostic = state.progress.latestDiagnostic != nil
        let barWidth = area.width >= 60 ? 12 : 8
        // "12 Aug stale": the day each program was last measured, and the mark when that is too long ago (room
        // for the mark only when some program has it, so the titles keep theirs otherwise).
        let anyStale = state.measurements.staleCount > 0
        let measuredWidth = max(
            DisplayWidth.of("measured"), 6 + (anyStale ? 1 + DisplayWidth.of(Wording.staleMark) : 0))
        let barX = area.maxX - barWidth - 6, measuredX = barX - measuredWidth - 2
        grid.put("Programs", x: area.x, y: area.y + 1, style: theme.heading)
        if hasDiagnostic {
            grid.put("measured", x: measuredX, y: area.y + 1, style: theme.subtle)
            grid.put("mastery", x: barX, y: area.y + 1, style: theme.subtle)
        }
        let scores = hasDiagnostic ? state.mastery.programScores : []
        for (i, program) in curriculum.programs.prefix(max(0, area.height - 3)).enumerated() {
            let y = area.y + 3 + i
            let id = program.id.count < 2 ? " " + program.id : program.id
            let titleWidth = (hasDiagnostic ? measuredX - 1 - area.x : area.width) - 4
            grid.put("\(id)  \(DisplayWidth.truncate(program.title, to: titleWidth))", x: area.x, y: y)
            if hasDiagnostic, let measured = state.measurements.byProgram[program.id] {
                let used = grid.put(Wording.shortDay(measured.measuredAt), x: measuredX, y: y, style: theme.subtle)
                if measured.isStale(now: state.now) {
                    grid.put(Wording.staleMark, x: measuredX + used + 1, y: y, style: theme.warning)
                }
            }
            if hasDiagnostic, scores.indices.contains(i), !state.mastery.isMeasured(program: i) {
                grid.put(Wording.notMeasured, x: barX, y: y, style: theme.subtle, maxWidth: area.maxX - barX)
            } else if hasDiagnostic, scores.indices.contains(i) {
                ProgressBar(scores[i].mastery, filled: theme.barFilled, empty: theme.barEmpty)
                    .render(into: &grid, area: .row(x: barX, y: y, width: barWidth))
                let percent = ProgressBar.percent(scores[i].mastery)
                grid.put(percent, x: area.maxX - DisplayWidth.of(percent), y: y)
            }
        }
    }
}
