import DijipilotCore

/// Draws the roadmap: overall progress, the weeks and their lessons, and (when wide) the selected lesson's details.
extension RoadmapScreen {
    static func render(into grid: inout Grid, area: Rect, state screen: RoadmapScreenState, app state: AppState) {
        let listing = state.roadmapListing
        guard let roadmap = state.shownRoadmap, !listing.isEmpty else {
            renderEmpty(into: &grid, area: area, state: state)
            return
        }
        let layout = RoadmapLayout(area: area)
        let mastery = state.mastery
        let curriculum = state.course.curriculum
        let selected = min(max(0, screen.selected), listing.items.count - 1)
        renderHeader(into: &grid, area: layout.header, roadmap: roadmap, listing: listing, state: state)

        let lines = listing.lines(reasons: layout.showsReasons)
        let top = layout.scroll(showing: selected, from: screen.scroll, listing)
        let columns = Columns(
            width: layout.list.width,
            idWidth: listing.idWidth)
        for (row, line) in lines.dropFirst(top).prefix(layout.list.height).enumerated() {
            let y = layout.list.y + row
            switch line {
            case .gap: break
            case .week(let g):
                renderWeek(
                    into: &grid, x: layout.list.x, y: y, width: layout.list.width,
                    group: listing.groups[g], listing: listing, curriculum: curriculum, theme: state.theme)
            case .item(let i):
                let facts = RoadmapLessonFacts(listing.items[i].lessonID, course: curriculum, mastery: mastery)
                renderItem(
                    into: &grid, x: layout.list.x, y: y, columns: columns, item: listing.items[i],
                    facts: facts, isSelected: i == selected, theme: state.theme)
            case .reason(let i):
                var x = layout.list.x + columns.idX
                let room = columns.width - columns.idX - 1
                if let at = state.measurements.assessed[listing.items[i].lessonID] {
                    let mark = DisplayWidth.truncate(Wording.assessedMastered(on: at) + " · ", to: room)
                    x += grid.put(mark, x: x, y: y, style: state.theme.good)
                }
                let text = DisplayWidth.truncate(listing.items[i].reason, to: layout.list.x + columns.idX + room - x)
                grid.put(text, x: x, y: y, style: state.theme.subtle)
            }
        }
        if let detail = layout.detail {
            for y in detail.y..<detail.maxY { grid.put("│", x: detail.x - 2, y: y, style: state.theme.subtle) }
            let item = listing.items[selected]
            renderDetail(
                into: &grid, area: detail, item: item,
                facts: RoadmapLessonFacts(item.lessonID, course: curriculum, mastery: mastery), state: state)
        }
    }

    static func renderEmpty(into grid: inout Grid, area: Rect, state: AppState) {
        let theme = state.theme
        grid.put(" No roadmap yet", x: area.x, y: area.y + 1, style: theme.heading, maxWidth: area.width)
        let text =
            "Your roadmap is built by the diagnostic: a few minutes of questions about how your business "
            + "works today. From your answers Dijipilot finds the skills you are missing or unsure of, and lays "
            + "out the lessons to close those gaps week by week, the ones you can start right away first."
        var y = area.y + 3
        for line in DisplayWidth.wrap(text, width: min(72, area.width - 2)) where y < area.maxY {
            grid.put(line, x: area.x + 1, y: y); y += 1
        }
        y += 1
        guard y < area.maxY else { return }
        let x = area.x + 1 + grid.put("Press ", x: area.x + 1, y: y, maxWidth: area.width - 1)
        let used = grid.put("d", x: x, y: y, style: theme.key)
        grid.put(" to start the diagnostic.", x: x + used, y: y, maxWidth: area.maxX - x - used)
        grid.cursor = (x, y)
    }

    static func renderHeader(
        into grid: inout Grid, area: Rect, roadmap: RoadmapState, listing: RoadmapListing,
        state: AppState
    ) {
        let theme = state.theme
        let weeks = listing.lengthInWeeks
        let title = state.showsTeam ? " The team's roadmap (read-only)" : " Your roadmap"
        let x = area.x + grid.put(title, x: area.x, y: area.y + 1, style: theme.heading, maxWidth: area.width)
        let length = " · \(Wording.plural(weeks, "week")) at \(Wording.hours(roadmap.hoursPerWeek)) a week"
        let built = " · built \(Wording.day(roadmap.generatedAt))"
        // Where the weekly time is shown, say how to change it (the status line has no room left at 80 columns).
        let hint = state.showsTeam ? "" : " · +/- change"
        // The longest that fits, in order of what a narrow screen gives up first: "of reading and doing", then the
        // hint; the date stays.
        let full = length + " of reading and doing" + built
        let candidates = [full + hint, length + built + hint, full, length + built]
        let room = area.maxX - 1 - x
        let about = candidates.first { DisplayWidth.of($0) <= room } ?? length + built
        grid.put(DisplayWidth.truncate(about, to: area.maxX - x), x: x, y: area.y + 1, style: theme.subtle)

        let (done, total) = listing.planProgress
        let fraction = total == 0 ? 0 : Double(done) / Double(total)
        let barWidth = min(30, max(10, area.width / 4))
        ProgressBar(fraction, filled: theme.barFilled, empty: theme.barEmpty)
            .render(into: &grid, area: .row(x: area.x + 1, y: area.y + 2, width: barWidth))
        let summary = "\(done) of \(Wording.plural(total, "lesson")) done · \(ProgressBar.percent(fraction))"
        grid.put(
            summary, x: area.x + barWidth + 3, y: area.y + 2, style: .bold, maxWidth: area.maxX - area.x - barWidth - 3)
    }

    static func renderWeek(
        into grid: inout Grid, x: Int, y: Int, width: Int, group: RoadmapListing.Group,
        listing: RoadmapListing, curriculum: Curriculum, theme: Theme
    ) {
        let items = listing.items[group.range]
        let done = items.filter { $0.status == .done }.count
        if group.week == 0 {
            let text = " Done under an earlier plan · \(Wording.plural(items.count, "lesson"))"
            grid.put(text, x: x, y: y, style: theme.heading, maxWidth: width)
            return
        }
        let minutes = items.reduce(0) { $0 + max(0, curriculum.lesson($1.lessonID)?.totalMinutes ?? 0) }
        var text = " \(group.title) · \(Wording.duration(minutes)) · \(done)/\(items.count) done"
        if done == items.count { text += " ✓" }
        let used = grid.put(text, x: x, y: y, style: theme.heading, maxWidth: width)
        let barWidth = min(16, width - used - 3)
        if barWidth >= 4 {
            ProgressBar(Double(done) / Double(max(1, items.count)), filled: theme.barFilled, empty: theme.barEmpty)
                .render(into: &grid, area: .row(x: x + used + 2, y: y, width: barWidth))
        }
    }

    /// Column positions of a lesson row; the difficulty column only shows when the title keeps enough room.
    struct Columns {
        let width: Int
        let idX: Int
        let titleX: Int
        let showsDifficulty: Bool
        /// Columns from the row's start.
        let minutesX: Int, difficultyX: Int, readyX: Int

        static let minutesWidth = 7, difficultyWidth = 12, readyWidth = 5

        init(width: Int, idWidth: Int) {
            self.width = width
            idX = 6
            titleX = idX + idWidth + 2
            readyX = width - 1 - Self.readyWidth
            let withDifficulty = readyX - 2 - Self.difficultyWidth - 2 - Self.minutesWidth
            showsDifficulty = withDifficulty - 2 - titleX >= 30
            difficultyX = readyX - 2 - Self.difficultyWidth
            minutesX = (showsDifficulty ? difficultyX : readyX) - 2 - Self.minutesWidth
        }

        var titleWidth: Int { max(0, minutesX - 2 - titleX) }
    }

    static func checkboxStyle(_ status: LessonStatus, theme: Theme) -> Style {
        switch status {
        case .todo: .bold
        case .doing: theme.warning
        case .done: theme.good.with(bold: true)
        case .skipped: theme.subtle
        }
    }

    /// The status box, with done anyway's own glyph ("[▚]") so it never reads as learned.
    static func checkbox(_ item: RoadmapItem, _ facts: RoadmapLessonFacts) -> String {
        facts.doneAnyway ? "[\(CheckpointDisplayState.doneAnyway.glyph)]" : item.status.checkbox
    }

    static func renderItem(
        into grid: inout Grid, x: Int, y: Int, columns: Columns, item: RoadmapItem,
        facts: RoadmapLessonFacts, isSelected: Bool, theme: Theme
    ) {
        let finished = item.status == .done || item.status == .skipped
        grid.put(checkbox(item, facts), x: x + 2, y: y, style: checkboxStyle(item.status, theme: theme))
        grid.put(item.lessonID, x: x + columns.idX, y: y, style: theme.accent)
        let title = facts.lesson?.title ?? "(no longer in the curriculum)"
        grid.put(
            DisplayWidth.truncate(title, to: columns.titleWidth), x: x + columns.titleX, y: y,
            style: finished ? theme.subtle : .plain)
        // Reading and doing together, compact enough for the column: "45 min", "2.5 h".
        let minutes = facts.minutes < 60 ? "\(facts.minutes) min" : String(format: "%.1f h", Double(facts.minutes) / 60)
        grid.put(
            minutes, x: x + columns.minutesX + Columns.minutesWidth - DisplayWidth.of(minutes), y: y,
            style: theme.subtle)
        if columns.showsDifficulty, let lesson = facts.lesson {
            grid.put(lesson.difficulty.label, x: x + columns.difficultyX, y: y, style: theme.subtle)
        }
        if !finished && facts.readyToLearn {
            grid.put("ready", x: x + columns.readyX, y: y, style: theme.good.with(bold: true))
        }
        if isSelected {
            grid.restyle(Rect(x: x, y: y, width: columns.width, height: 1)) {
                $0.reverse = true; $0.dim = false
            }
            grid.cursor = (x + 3, y)
        }
    }

    static func renderDetail(
        into grid: inout Grid, area: Rect, item: RoadmapItem, facts: RoadmapLessonFacts,
        state: AppState
    ) {
        let theme = state.theme
        let width = area.width
        guard width > 4 else { return }
        var y = area.y
        func line(_ text: String, _ style: Style = .plain, maxLines: Int = .max) {
            for l in DisplayWidth.wrap(text, width: width).prefix(maxLines) where y < area.maxY {
                grid.put(l, x: area.x, y: y, style: style, maxWidth: width); y += 1
            }
        }
        func gap() { y += 1 }

        line(item.lessonID, theme.accent)
        guard let lesson = facts.lesson, let index = facts.index else {
            line(
                "This lesson is no longer in the curriculum; the next diagnostic drops it from the plan.", theme.subtle)
            return
        }
        line(lesson.title, .bold, maxLines: 3)
        let crumb = state.course.curriculum.breadcrumb(forLessonAt: index)
        line("\(crumb.program.title) › \(crumb.mission.title) › \(crumb.module.title)", theme.subtle, maxLines: 3)
        gap()
        let week = item.week > 0 ? state.roadmapListing.title(ofWeek: item.week) : "Earlier plan"
        line("\(week) · \(Wording.duration(facts.minutes)) · \(lesson.difficulty.label) · \(lesson.path.label)")
        var status =
            "\(checkbox(item, facts)) \(facts.doneAnyway ? "done anyway (not every criterion ticked)" : Wording.label(item.status))"
        if let at = item.status == .done ? item.doneAt : item.statusChangedAt, item.status != .todo {
            status += (item.status == .doing ? " since " : " on ") + Wording.day(at)
        }
        line(status, checkboxStyle(item.status, theme: theme))
        if item.status == .done, let at = state.measurements.assessed[item.lessonID] {
            line(Wording.assessedMastered(on: at), theme.good)
        }
        gap()
        line("Why it is on your plan", theme.heading)
        line(item.reason)
        if item.status == .todo || item.status == .doing {
            gap()
            if facts.readyToLearn {
                line("Ready to learn: every prerequisite is mastered or done.", theme.good)
            } else {
                line("Waiting on \(facts.waitingOn.joined(separator: ", ")) first.", theme.warning)
            }
        }
        if y + 2 < area.maxY, !lesson.summary.what.isEmpty {
            gap()
            line("What you will learn", theme.heading)
            line(lesson.summary.what)
        }
        if let note = state.progress.notes[item.lessonID], y + 2 < area.maxY {
            gap()
            line("Your note", theme.heading)
            line(note)
        }
    }
}
