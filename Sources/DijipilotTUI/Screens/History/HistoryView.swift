import DijipilotCore
import Foundation

/// The history as drawn: a summary, one row per measurement (date, kind, questions, overall, change), then each
/// program's mastery over time as a trend line and the latest measurements' percentages.
enum HistoryView {
    static func render(
        into grid: inout Grid, area: Rect, timeline: MeasurementTimeline, scroll: Int, app: AppState
    ) {
        let lines = lines(timeline, width: area.width, app: app)
        let most = TextBlock.maxScroll(lineCount: lines.count, height: area.height)
        let top = min(max(0, scroll), most)
        // Scrolled into a table past its column headers: they stay on the top row, over the first row shown.
        guard area.height > 2, let header = pinnedHeader(lines, top: top) else {
            TextBlock(lines, scroll: top).render(into: &grid, area: area)
            return
        }
        TextBlock([lines[header]]).render(into: &grid, area: Rect(x: area.x, y: area.y, width: area.width, height: 1))
        TextBlock(lines, scroll: top + 1).render(
            into: &grid, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1))
    }

    /// Tags of a table's column-header line and its rows (the same tag), so the header can stay in view.
    static let measurementTable = 1, programTable = 2

    /// The index of the column-header line to keep on the top row when the first line shown is a row of a
    /// table whose header has scrolled away.
    static func pinnedHeader(_ lines: [StyledLine], top: Int) -> Int? {
        guard lines.indices.contains(top), let table = lines[top].tag,
            let header = lines.firstIndex(where: { $0.tag == table }), header < top
        else { return nil }
        return header
    }

    /// Every line of the screen for `width` columns (the screen scrolls through them).
    static func lines(_ timeline: MeasurementTimeline, width: Int, app: AppState) -> [StyledLine] {
        let theme = app.theme
        guard let first = timeline.entries.first, let latest = timeline.entries.last else {
            return [.blank, StyledLine(" No measurement yet: take the diagnostic (d on Home).", theme.subtle)]
        }
        let rechecks = timeline.entries.filter { $0.kind != .diagnostic }.count
        var summary = " \(Wording.plural(timeline.entries.count, "measurement")) since \(Wording.day(first.takenAt))"
        summary += ": \(Wording.plural(timeline.entries.count - rechecks, "full diagnostic"))"
        if rechecks > 0 { summary += ", \(Wording.plural(rechecks, "re-check"))" }
        var overall = " Overall mastery \(ProgressBar.percent(first.overall))"
        if let change = timeline.overallChange {
            overall += " → \(ProgressBar.percent(latest.overall))  (\(ComparisonExport.signedPoints(change)) pts)"
        }
        var lines = [.blank, StyledLine(summary, .bold), StyledLine(overall, theme.subtle), .blank]
        lines += measurementRows(timeline, width: width, app: app)
        lines.append(.blank)
        lines += HistoryProgramTable.lines(timeline, width: width, theme: theme)
        return lines
    }

    /// "D2   3 Mar 2027   re-check · program 14      6     47%    +4", under a header.
    static func measurementRows(_ timeline: MeasurementTimeline, width: Int, app: AppState) -> [StyledLine] {
        let theme = app.theme
        let idWidth = max(2, timeline.entries.map { DisplayWidth.of($0.diagnosticID) }.max() ?? 2)
        let dateWidth = 11
        let marks = timeline.entries.contains { MeasurementHistory.isStale($0.takenAt, now: app.now) }
        let markWidth = marks ? 2 + DisplayWidth.of(Wording.staleMark) : 0
        // Below 80 columns "Asked" heads the questions column, to leave the kind its room.
        let askedWidth = width < 80 ? 7 : 11
        let kindWidth = max(
            12, min(34, width - 1 - 2 - idWidth - 2 - dateWidth - 2 - askedWidth - 9 - 8 - markWidth))
        func row(_ id: String, _ date: String, _ kind: String, _ asked: String, _ overall: String, _ change: String)
            -> String
        {
            "  " + pad(id, idWidth) + "  " + pad(date, dateWidth) + "  "
                + pad(DisplayWidth.truncate(kind, to: kindWidth), kindWidth)
                + pad(asked, askedWidth, right: true) + pad(overall, 9, right: true) + pad(change, 8, right: true)
        }
        var lines = [
            StyledLine(" Measurements", theme.heading),
            StyledLine(
                row("#", "Date", "Kind", width < 80 ? "Asked" : "Questions", "Overall", "Change"), .bold,
                tag: measurementTable),
        ]
        for entry in timeline.entries {
            let text = row(
                entry.diagnosticID, Wording.day(entry.takenAt), entry.kind.label, "\(entry.questionsAsked)",
                ProgressBar.percent(entry.overall), entry.change.map(ComparisonExport.signedPoints) ?? "–")
            let stale = MeasurementHistory.isStale(entry.takenAt, now: app.now)
            lines.append(
                StyledLine(
                    [Span(text)] + (stale ? [Span("  " + Wording.staleMark, theme.warning)] : []),
                    tag: measurementTable))
        }
        return lines
    }

    /// `text` padded with spaces to `width` display columns, on the right (or on the left for numbers).
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        DisplayWidth.pad(text, to: width, alignRight: right)
    }
}
