import Foundation

/// "Results over time" for the text and Markdown reports: the overall and each program as a trend line over
/// every measurement, with the first and the latest value and the change between them (the HTML report draws the
/// same series as charts). Left out with fewer than two measurements: one point is not a trend.
extension ReportExport {
    struct TrendRow {
        var id: String
        var title: String
        var trend: String
        var first: String
        var latest: String
        var change: String
    }

    /// The overall row, then one per program the series measured.
    static func trendRows(_ series: MeasurementSeries) -> [TrendRow] {
        func row(_ id: String, _ title: String, _ values: [Double?]) -> TrendRow {
            let measured = values.compactMap { $0 }
            let change = measured.count >= 2 ? ComparisonExport.signedPoints(measured.last! - measured.first!) : "–"
            return TrendRow(
                id: id, title: title, trend: Sparkline.text(values),
                first: measured.first.map(ExportFormatting.percent) ?? "–",
                latest: measured.last.map(ExportFormatting.percent) ?? "–", change: change)
        }
        return [row("", "Overall", series.overall)]
            + series.programs.map { row($0.id, $0.title, series.values(program: $0.id)) }
    }

    /// "5 measurements from 2026-01-12 to 2026-12-02", or nil when there is no trend to show.
    static func trendHeading(_ series: MeasurementSeries) -> String? {
        guard series.measurements.count >= 2, let first = series.measurements.first,
            let last = series.measurements.last
        else { return nil }
        return "\(series.measurements.count) measurements from \(ExportFormatting.day(first.takenAt)) to "
            + "\(ExportFormatting.day(last.takenAt))"
    }

    static let trendKey =
        "the trend runs oldest to newest, ▁ 0% to █ 100%, a blank where a measurement did not cover it"

    static func historyText(_ series: MeasurementSeries) -> String {
        guard let heading = trendHeading(series) else { return "" }
        return "\nResults over time (\(heading); \(trendKey))\n" + trendLines(trendRows(series))
    }

    /// One line per row, in columns: name, trend, first → latest, change.
    static func trendLines(_ rows: [TrendRow]) -> String {
        // Ids pad to the widest so titles line up ("1  " under "10 "); numbers align right in their columns.
        let idWidth = rows.map(\.id.count).max() ?? 0
        func name(_ row: TrendRow) -> String {
            row.id.isEmpty
                ? row.title : row.id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  " + row.title
        }
        let titleWidth = min(40, rows.map { name($0).count }.max() ?? 0)
        func right(_ text: String, _ width: Int) -> String {
            String(repeating: " ", count: max(0, width - text.count)) + text
        }
        let firstWidth = rows.map(\.first.count).max() ?? 0
        let latestWidth = rows.map(\.latest.count).max() ?? 0
        let changeWidth = rows.map(\.change.count).max() ?? 0
        var out = ""
        for row in rows {
            let full = name(row)
            let shown = full.count > titleWidth ? String(full.prefix(titleWidth - 1)) + "…" : full
            out +=
                "  " + shown.padding(toLength: titleWidth, withPad: " ", startingAt: 0)
                + "  \(row.trend)  \(right(row.first, firstWidth)) → \(right(row.latest, latestWidth))"
                + "  (\(right(row.change, changeWidth)) pts)\n"
        }
        return out
    }

    static func historyMarkdown(_ series: MeasurementSeries) -> String {
        guard let heading = trendHeading(series) else { return "" }
        let md = ExportFormatting.markdown
        var out = "\n## Results over time\n\n\(md(heading)); \(md(trendKey)).\n\n"
        out += "| Program | Trend | First | Latest | Change |\n|---|---|---:|---:|---:|\n"
        for row in trendRows(series) {
            let name = row.id.isEmpty ? "**Overall**" : "\(md(row.id)) \(md(row.title))"
            out += "| \(name) | `\(row.trend)` | \(row.first) | \(row.latest) | \(row.change) |\n"
        }
        return out
    }
}
