import Foundation

extension ReportExport {
    /// The HTML report's "Results over time": the overall chart and one small chart per program
    /// (`MeasurementChart` says why), or a sentence when there are fewer than two measurements to draw.
    static func historySection(_ series: MeasurementSeries) -> String {
        let h = ExportFormatting.html
        let measurements = series.measurements
        guard let first = measurements.first, let last = measurements.last else { return "" }
        var body = "<section class=\"history\">\n<h2>Results over time</h2>\n"
        guard measurements.count >= 2 else {
            body += "<p>Only one measurement so far (\(h(first.id)), \(ExportFormatting.day(first.takenAt))): "
            body += "the chart of results over time appears with the second, after a re-check or another diagnostic."
            return body + "</p>\n</section>\n"
        }
        let counts = series.kinds.map { kind in
            ExportFormatting.plural(measurements.filter { $0.kind == kind }.count, kind.label)
        }
        body += "<p class=\"muted\">Every measurement so far: \(counts.joined(separator: ", ")), from "
        body += "\(ExportFormatting.day(first.takenAt)) to \(ExportFormatting.day(last.takenAt)).</p>\n"
        body += "<figure class=\"chart-overall\">\(MeasurementChart.overall(series))\n"
        body += "<figcaption>\(MeasurementChart.key(series.kinds))</figcaption></figure>\n"
        body +=
            "<h3>By program</h3>\n<p class=\"muted lead\">On the same dates and the same 0–100% scale: the solid line "
        body +=
            "with markers is the program, the dashed grey line the overall mastery.</p>\n<div class=\"multiples\">\n"
        for program in series.programs {
            let values = series.values(program: program.id).compactMap { $0 }
            var caption = "<strong>\(h(program.id))</strong> \(h(program.title))"
            if let a = values.first, let b = values.last, values.count >= 2 {
                caption += " <span class=\"muted\">\(ExportFormatting.percent(a)) → \(ExportFormatting.percent(b)) "
                caption += "(\(ComparisonExport.signedPoints(b - a)))</span>"
            }
            body += "<figure class=\"multiple\"><figcaption>\(caption)</figcaption>"
            body += MeasurementChart.program(series, id: program.id, title: program.title) + "</figure>\n"
        }
        return body + "</div>\n</section>\n"
    }
}
