import DijipilotCore
import Foundation

/// The walk as drawn: the lesson, each criterion numbered with its box and when it was ticked, then where the
/// lesson stands and what the keys do.
enum DoneWhenView {
    static func render(into grid: inout Grid, area: Rect, state: DoneWhenScreenState, app: AppState) {
        let theme = app.theme
        guard let id = state.lessonID, let lesson = app.course.curriculum.lesson(id),
            let criteria = lesson.work?.doneWhen, !criteria.isEmpty
        else {
            TextBlock([StyledLine("  This lesson is no longer in the curriculum.", theme.subtle)])
                .render(into: &grid, area: area)
            return
        }
        let record = app.progress.doneWhen[id]
        let width = max(20, min(area.width - 2, 100))
        var lines: [StyledLine] = [
            StyledLine([Span(" \(id) ", theme.accent), Span(lesson.title, theme.heading)]), .blank,
        ]
        lines += TextBlock.paragraph(
            "Tick each criterion once someone else could check it. Ticks are saved as you go: "
                + "Esc goes back and the next walk picks up here.", width: width, indent: 1, style: theme.subtle)
        lines.append(.blank)
        var selectedLine = 0
        for (n, criterion) in criteria.enumerated() {
            let tick = record?.ticks.first { $0.criterion == n }
            if n == state.selected { selectedLine = lines.count }
            let box = tick == nil ? "[ ] " : "[x] "
            // "›" marks the selected criterion where reverse video does not show (a screen reader, a capture).
            let marker = n == state.selected ? "›" : " "
            lines += TextBlock.paragraph(
                criterion, width: width, lead: Span(marker + "\(n + 1). " + box, tick == nil ? theme.key : theme.good),
                tag: n)
            if let tick { lines.append(StyledLine("        ticked \(day(tick.at))", theme.subtle)) }
        }
        lines.append(.blank)
        lines += TextBlock.paragraph(standing(id, count: criteria.count, record, app), width: width, indent: 1)
        let scroll = max(0, selectedLine - area.height + 3)
        TextBlock(lines, scroll: scroll, highlightTag: state.selected, highlight: theme.selected)
            .render(into: &grid, area: area)
        let cursorY = area.y + selectedLine - scroll
        if cursorY < area.maxY { grid.cursor = (area.x + 1, cursorY) }
    }

    /// "2 of 4 ticked · on your roadmap: in progress".
    static func standing(_ id: String, count: Int, _ record: DoneWhenProgress?, _ app: AppState) -> String {
        let ticked = (0..<count).filter { record?.isTicked($0) == true }.count
        var text = "\(ticked) of \(count) ticked"
        if let item = app.progress.roadmap?.items.first(where: { $0.lessonID == id }) {
            if record?.isDoneAnyway == true {
                text += " · marked done anyway: shown apart, not counted as learned until every criterion is ticked"
            } else {
                text += " · on your roadmap: \(Wording.label(item.status))"
            }
        } else {
            text += " · not on your roadmap: the ticks are kept, the lesson is not marked done"
        }
        return text
    }

    private static func day(_ date: Date) -> String {
        String(ISO8601DateFormatter.string(from: date, timeZone: .gmt, formatOptions: [.withFullDate]))
    }
}
