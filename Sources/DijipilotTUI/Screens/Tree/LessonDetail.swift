import DijipilotCore
import Foundation

/// The right pane for a lesson: where it sits, what it establishes, its summary, prerequisites, roadmap status
/// and the learner's note. Lines carrying a tag are prerequisite links (the tag is the prerequisite's position).
enum LessonDetail {
    static func lines(lesson i: Int, width: Int, app: AppState, ctx: TreeContext) -> [StyledLine] {
        let theme = app.theme
        let lesson = ctx.curriculum.lessons[i]
        let summary = lesson.summary
        var out: [StyledLine] = []

        out.append(breadcrumb(lesson: i, width: width, ctx: ctx, style: theme.subtle))
        out.append(.blank)
        out += TextBlock.paragraph(lesson.title, width: width, lead: Span(lesson.id + "  ", theme.accent), style: .bold)
        let time = ExportFormatting.lessonTime(reading: lesson.readingMinutes, doing: lesson.doingMinutes)
        out += TextBlock.paragraph(
            "Difficulty: \(lesson.difficulty.label) · Path: \(lesson.path.label) · \(time)", width: width)
        out.append(stateLine(lesson: i, ctx: ctx, theme: theme))
        out.append(.blank)
        out += TextBlock.paragraph(lesson.checkpoint, width: width, lead: Span("Checkpoint: ", .bold))

        section("What it is", into: &out, theme: theme)
        out += TextBlock.paragraph(summary.what, width: width, indent: 2)
        section("Why it matters", into: &out, theme: theme)
        out += TextBlock.paragraph(summary.why, width: width, indent: 2)
        if !summary.keyPoints.isEmpty {
            section("Key points", into: &out, theme: theme)
            for point in summary.keyPoints {
                out += TextBlock.paragraph(point, width: width, indent: 2, lead: Span("• "))
            }
        }
        if let comparison = summary.comparison, !comparison.rows.isEmpty {
            section(comparison.title.isEmpty ? "Comparison" : comparison.title, into: &out, theme: theme)
            out += table(comparison, width: width, theme: theme)
        }
        if !summary.dos.isEmpty || !summary.donts.isEmpty {
            section("Do and don't", into: &out, theme: theme)
            for item in summary.dos {
                out += TextBlock.paragraph(
                    item, width: width, indent: 2, lead: Span("✓ Do: ", theme.good.with(bold: true)))
            }
            for item in summary.donts {
                out += TextBlock.paragraph(
                    item, width: width, indent: 2, lead: Span("✗ Don't: ", theme.bad.with(bold: true)))
            }
        }

        if let work = lesson.work {
            out += workLines(
                work, lessonID: lesson.id, ticked: app.progress.doneWhen[lesson.id], width: width, theme: theme)
        }

        section("Prerequisites", into: &out, theme: theme)
        if lesson.prerequisites.isEmpty {
            out.append(StyledLine("  None: a good place to start.", theme.subtle))
        }
        for (n, id) in lesson.prerequisites.enumerated() {
            out.append(prerequisiteLine(number: n, id: id, width: width, ctx: ctx, theme: theme))
        }
        if !lesson.prerequisites.isEmpty {
            out.append(StyledLine("  p selects a link, Enter or its number opens it", theme.subtle))
        }

        if let roadmap = app.progress.roadmap, let item = roadmap.items.first(where: { $0.lessonID == lesson.id }) {
            section("On your roadmap", into: &out, theme: theme)
            let span = roadmap.weekSpans(curriculum: app.course.curriculum)[item.week] ?? 1
            let week = item.week == 0 ? "Done under an earlier plan" : RoadmapState.weekTitle(item.week, span: span)
            let hint = item.status == .done ? "x marks it not done" : "x marks it done"
            out.append(
                StyledLine([
                    Span("  \(week) · "), Span(Wording.label(item.status), .bold), Span(" · " + hint, theme.subtle),
                ]))
            if !item.reason.isEmpty {
                out += TextBlock.paragraph(item.reason, width: width, indent: 2, style: theme.subtle)
            }
        }

        section("Your note", into: &out, theme: theme)
        if let note = app.progress.notes[lesson.id] {
            out += TextBlock.paragraph(note, width: width, indent: 2)
        } else {
            out.append(StyledLine("  No note yet: e adds one.", theme.subtle))
        }
        return out
    }

    /// Do this (numbered), Done when (as boxes to tick), the worked example and the template's name.
    /// `ticked`: what the founder ticked in the done-when walk, shown as [x].
    static func workLines(
        _ work: LessonWork, lessonID: String, ticked: DoneWhenProgress?, width: Int, theme: Theme
    ) -> [StyledLine] {
        var out: [StyledLine] = []
        section("Do this", into: &out, theme: theme)
        for (n, step) in work.steps.enumerated() {
            out += TextBlock.paragraph(step, width: width, indent: 2, lead: Span("\(n + 1). ", theme.key))
        }
        section("Done when", into: &out, theme: theme)
        for (n, criterion) in work.doneWhen.enumerated() {
            let box = ticked?.isTicked(n) == true ? Span("[x] ", theme.good) : Span("[ ] ", theme.key)
            out += TextBlock.paragraph(criterion, width: width, indent: 2, lead: box)
        }
        if ticked?.isDoneAnyway == true {
            out.append(
                StyledLine("  Marked done anyway: not counted as learned until every box is ticked.", theme.subtle))
        }
        if let example = work.example {
            section("Worked example: " + example.title, into: &out, theme: theme)
            for line in example.lines { out += TextBlock.paragraph(line, width: width, indent: 2) }
        }
        if let template = work.template {
            section("Template", into: &out, theme: theme)
            let name = template.split(separator: "/").last.map(String.init) ?? template
            out += TextBlock.paragraph(
                "\(name): t writes a copy into the current folder to fill in (from the shell: `dijipilot template \(lessonID)`)",
                width: width, indent: 2)
        }
        return out
    }

    /// Every lesson line's tag, in order: what `p` cycles through.
    static func linkCount(lesson i: Int, ctx: TreeContext) -> Int { ctx.curriculum.lessons[i].prerequisites.count }

    static func section(_ title: String, into out: inout [StyledLine], theme: Theme) {
        out.append(.blank)
        out.append(StyledLine(title, theme.heading))
    }

    /// "6 Business Strategy… › 6.12 Business Continuity… › 6.12.1 Foundations…", each part cut to fit.
    static func breadcrumb(lesson i: Int, width: Int, ctx: TreeContext, style: Style) -> StyledLine {
        let (program, mission, module) = ctx.curriculum.breadcrumb(forLessonAt: i)
        return StyledLine(
            crumbs(
                ["\(program.id) \(program.title)", "\(mission.id) \(mission.title)", "\(module.id) \(module.title)"],
                width: width), style)
    }

    /// Parts joined by " › ": when they do not fit, short parts stay whole and the long ones share the rest.
    static func crumbs(_ parts: [String], width: Int) -> String {
        let joined = parts.joined(separator: " › ")
        if DisplayWidth.of(joined) <= width { return joined }
        var room = max(0, width - 3 * max(0, parts.count - 1))
        var budgets = Array(repeating: 0, count: parts.count)
        let shortestFirst = parts.indices.sorted { DisplayWidth.of(parts[$0]) < DisplayWidth.of(parts[$1]) }
        for (k, i) in shortestFirst.enumerated() {
            budgets[i] = min(DisplayWidth.of(parts[i]), room / (parts.count - k))
            room -= budgets[i]
        }
        return parts.indices.map { i in
            var cut = DisplayWidth.truncate(parts[i], to: max(1, budgets[i]))
            // "Business Strategy …" reads better as "Business Strategy…".
            while cut.hasSuffix(" …") { cut.remove(at: cut.index(cut.endIndex, offsetBy: -2)) }
            return cut
        }.joined(separator: " › ")
    }

    /// "░ missing · p = 0.12", "▓ learned (done on your roadmap)", "· not assessed".
    static func stateLine(lesson i: Int, ctx: TreeContext, theme: Theme) -> StyledLine {
        if let reason = ctx.notApplicableReason(i) {
            let text = "not applicable, \(reason): outside scores and roadmap"
            return StyledLine([Span("– ", theme.subtle), Span(text, theme.subtle)])
        }
        let state = ctx.mastery.states[i]
        var text = state.label
        switch state {
        case .learned: text += " (done on your roadmap)"
        case .doneAnyway: text += " (marked done anyway: not every Done-when criterion is ticked)"
        case .notAssessed: text += ctx.hasDiagnostic ? "" : " (take the diagnostic to find out)"
        default:
            if let p = ctx.mastery.probabilities[i] {
                text += " · about \(ProbabilityFormat.percent(p)) likely in place"
            }
        }
        return StyledLine([
            Span(theme.glyph(for: state) + " ", theme.style(for: state)), Span(text, theme.style(for: state)),
        ])
    }

    static func prerequisiteLine(number n: Int, id: String, width: Int, ctx: TreeContext, theme: Theme) -> StyledLine {
        guard let j = ctx.curriculum.indexByID[id] else {
            return StyledLine("  [\(n + 1)] \(id) (not in this curriculum)", theme.subtle, tag: n)
        }
        let state = ctx.mastery.states[j]
        let label = " · " + state.label
        let head = "  [\(n + 1)] "
        let titleRoom = width - DisplayWidth.of(head) - 2 - DisplayWidth.of(id) - 1 - DisplayWidth.of(label)
        return StyledLine(
            [
                Span(head, theme.key),
                Span(theme.glyph(for: state) + " ", theme.style(for: state)),
                Span(id + " "),
                Span(DisplayWidth.truncate(ctx.curriculum.lessons[j].title, to: max(8, titleRoom))),
                Span(label, theme.style(for: state)),
            ], tag: n)
    }

    /// The comparison as a table: the aspect, then one wrapped column per compared thing. Too narrow for
    /// columns, it becomes a list.
    static func table(_ comparison: Comparison, width: Int, theme: Theme) -> [StyledLine] {
        let columns = comparison.columns.count
        let available = width - 2
        let aspectWidth = min(16, max(6, comparison.rows.map { DisplayWidth.of($0.aspect) }.max() ?? 6))
        let cellWidth = columns == 0 ? 0 : (available - aspectWidth - 2 * columns) / columns
        if columns > 0 && cellWidth >= 12 {
            return TextBlock.table(
                header: [""] + comparison.columns, rows: comparison.rows.map { [$0.aspect] + $0.cells },
                widths: [aspectWidth] + Array(repeating: cellWidth, count: columns), indent: 2,
                headerStyle: theme.heading, firstColumnStyle: .bold, ruleStyle: theme.subtle)
        }
        var out: [StyledLine] = []
        for row in comparison.rows {
            out.append(StyledLine("  " + row.aspect, .bold))
            for (c, cell) in row.cells.enumerated() {
                let name = c < comparison.columns.count ? comparison.columns[c] : "—"
                out += TextBlock.paragraph(cell, width: width, indent: 4, lead: Span(name + ": ", theme.heading))
            }
        }
        return out
    }
}
