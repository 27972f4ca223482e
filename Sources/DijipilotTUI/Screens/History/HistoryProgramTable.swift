import DijipilotCore

/// Each program's mastery over time: a trend line across the measurements (`Sparkline`, oldest to newest), the
/// latest measurements' percentages as many as the width holds, and the change from the first to the last.
enum HistoryProgramTable {
    /// The trend shows at most this many measurements, the latest.
    static let trendLength = 16
    static let percentWidth = 5
    static let changeWidth = 7

    static func lines(_ timeline: MeasurementTimeline, width: Int, theme: Theme) -> [StyledLine] {
        let entries = timeline.entries
        let trend = min(trendLength, entries.count)
        let fixed = 2 + 3 + 2 + 2 + max(5, trend) + changeWidth
        // As many percentage columns as leave a program title 16 columns; the latest ones.
        var columns = entries.count
        while columns > 1 && width - fixed - columns * percentWidth < 16 { columns -= 1 }
        let titleWidth = max(8, min(40, width - fixed - columns * percentWidth))
        let shown = entries.suffix(columns).map(\.diagnosticID)

        func row(_ id: String, _ title: String, _ trendText: String, _ values: [String], _ change: String) -> String {
            "  " + HistoryView.pad(id, 3, right: true) + "  "
                + HistoryView.pad(
                    DisplayWidth.truncate(title, to: titleWidth), titleWidth) + "  "
                + HistoryView.pad(trendText, max(5, trend))
                + values.map { HistoryView.pad($0, percentWidth, right: true) }.joined()
                + HistoryView.pad(change, changeWidth, right: true)
        }
        func percents(_ values: [Double?]) -> [String] {
            values.suffix(columns).map { $0.map(ProgressBar.percent) ?? "–" }
        }

        var note = " Mastery per program over time"
        if columns < entries.count { note += " · the latest \(columns) of \(entries.count) shown" }
        var lines = [
            StyledLine(note, theme.heading),
            StyledLine(row("#", "Program", "trend", shown, "change"), .bold, tag: HistoryView.programTable),
        ]
        let overall = entries.map { Optional($0.overall) }
        lines.append(
            StyledLine(
                row(
                    "", "Overall", Sparkline.text(overall.suffix(trend)), percents(overall),
                    timeline.overallChange.map(ComparisonExport.signedPoints) ?? "–"), .bold,
                tag: HistoryView.programTable))
        for program in timeline.programs {
            lines.append(
                StyledLine(
                    row(
                        program.id, program.title, Sparkline.text(program.mastery.suffix(trend)),
                        percents(program.mastery), program.change.map(ComparisonExport.signedPoints) ?? "–"),
                    tag: HistoryView.programTable))
        }
        lines.append(.blank)
        lines += TextBlock.paragraph(
            "The trend runs oldest to newest, ▁ 0% to █ 100%; the change is from the first measurement to the last.",
            width: width - 1, indent: 1, style: theme.subtle)
        return lines
    }
}
