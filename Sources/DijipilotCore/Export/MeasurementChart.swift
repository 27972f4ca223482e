import Foundation

/// Inline SVG charts of mastery over time for the HTML report: plain shapes and text with their colours as
/// attributes, so they need no script or stylesheet, print as they show, and read in black and white.
///
/// Design: one chart of the overall mastery, then one small chart per program (small multiples, Tufte) on the same
/// dates and the same 0–100% scale, rather than 18 lines in one chart: 18 lines cannot be told apart by dash patterns
/// or markers, their labels collide, and a printed page has no colours to help. In a small chart the program is the
/// only solid line (with markers), and the overall mastery is a dashed grey line behind it for comparison; each line
/// is labelled at its end, so no legend colour has to be matched. Markers say what each measurement was (a filled
/// dot a full diagnostic, an open square a focused re-check, an open triangle a diagnostic of some programs).
public enum MeasurementChart {
    /// Where things go in one chart: the plot area inside margins, x by date and y by mastery.
    struct Frame {
        var width: Double, height: Double
        var left: Double, right: Double, top: Double, bottom: Double
        var times: [Date]

        var plotLeft: Double { left }
        var plotRight: Double { width - right }
        var plotTop: Double { top }
        var plotBottom: Double { height - bottom }

        /// Measurements spread by date; all on (nearly) one day, evenly by position instead.
        func x(_ index: Int) -> Double {
            guard times.count > 1 else { return (plotLeft + plotRight) / 2 }
            let first = times[0].timeIntervalSince1970, span = times[times.count - 1].timeIntervalSince1970 - first
            let share =
                span >= 86_400
                ? (times[index].timeIntervalSince1970 - first) / span
                : Double(index) / Double(times.count - 1)
            return plotLeft + share * (plotRight - plotLeft)
        }

        /// 100% at the top of the plot, 0% at its bottom.
        func y(_ value: Double) -> Double {
            plotTop + (1 - min(max(value.isFinite ? value : 0, 0), 1)) * (plotBottom - plotTop)
        }
    }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// The overall chart: gridlines at every quarter, dates along the bottom, the overall line with a marker and the
    /// diagnostic's id at each measurement, and its latest value at its end.
    public static func overall(_ series: MeasurementSeries) -> String {
        let frame = Frame(
            width: 660, height: 250, left: 44, right: 104, top: 22, bottom: 40,
            times: series.measurements.map(\.takenAt))
        var svg = open(frame, title: "Overall mastery over time, \(series.measurements.count) measurements")
        svg += grid(frame, steps: [0, 0.25, 0.5, 0.75, 1], fontSize: 11)
        svg += dateAxis(frame, ticks: dateTicks(frame, count: 5), fontSize: 11)
        let values = series.overall
        svg += line(frame, values, style: "stroke=\"#000\" stroke-width=\"2\"", cssClass: "line overall")
        for (i, value) in values.enumerated() {
            guard let value else { continue }
            let m = series.measurements[i]
            svg += marker(m.kind, x: frame.x(i), y: frame.y(value), size: 4.5)
            svg += text(
                ExportFormatting.html(m.id), x: frame.x(i), y: frame.y(value) - 9, size: 10, anchor: "middle",
                cssClass: "point-label")
        }
        if let last = values.indices.last(where: { values[$0] != nil }), let value = values[last] {
            svg += text(
                "overall \(ExportFormatting.percent(value))", x: frame.x(last) + 10, y: frame.y(value) + 4, size: 12,
                anchor: "start", cssClass: "end-label", bold: true)
        }
        return svg + "</svg>"
    }

    /// One program's small chart: the overall line dashed behind, the program's line solid with markers, its latest
    /// value at its end; the first and last dates below.
    public static func program(_ series: MeasurementSeries, id: String, title: String) -> String {
        let frame = Frame(
            width: 220, height: 104, left: 30, right: 36, top: 8, bottom: 20, times: series.measurements.map(\.takenAt))
        var svg = open(frame, title: "\(id) \(title): mastery over time")
        svg += grid(frame, steps: [0, 0.5, 1], fontSize: 9)
        let times = series.measurements.map(\.takenAt)
        let ends = times.count > 1 && frame.x(times.count - 1) - frame.x(0) > 60 ? [0, times.count - 1] : [0]
        svg += dateAxis(frame, ticks: ends.map { (frame.x($0), times[$0]) }, fontSize: 9, anchorEnds: true)
        svg += line(
            frame, series.overall, style: "stroke=\"#777\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\"",
            cssClass: "line overall")
        let values = series.values(program: id)
        svg += line(frame, values, style: "stroke=\"#000\" stroke-width=\"1.6\"", cssClass: "line program")
        for (i, value) in values.enumerated() {
            guard let value else { continue }
            svg += marker(series.measurements[i].kind, x: frame.x(i), y: frame.y(value), size: 3)
        }
        if let last = values.indices.last(where: { values[$0] != nil }), let value = values[last] {
            svg += text(
                ExportFormatting.percent(value), x: frame.x(last) + 6, y: frame.y(value) + 3.5, size: 10,
                anchor: "start", cssClass: "end-label", bold: true)
        }
        return svg + "</svg>"
    }

    /// The markers' key, drawn with the same shapes as the charts.
    public static func key(_ kinds: [MeasurementSeries.Kind]) -> String {
        var svg = "", x = 6.0
        for kind in kinds {
            svg += marker(kind, x: x, y: 9, size: 4.5)
            svg += text(kind.label, x: x + 9, y: 13, size: 11, anchor: "start", cssClass: "key-label")
            x += 22 + Double(kind.label.count) * 6.2
        }
        return "<svg class=\"chart-key\" width=\"\(number(x))\" height=\"18\" viewBox=\"0 0 \(number(x)) 18\" "
            + "role=\"img\" aria-label=\"Key\">" + svg + "</svg>"
    }

    // MARK: Pieces

    static func open(_ frame: Frame, title: String) -> String {
        "<svg class=\"chart\" width=\"\(number(frame.width))\" height=\"\(number(frame.height))\" "
            + "viewBox=\"0 0 \(number(frame.width)) \(number(frame.height))\" role=\"img\" "
            + "font-family=\"system-ui, sans-serif\"><title>\(ExportFormatting.html(title))</title>"
    }

    /// Horizontal lines at `steps` (solid at 0 and 100%, dotted between) with their percentages on the left.
    static func grid(_ frame: Frame, steps: [Double], fontSize: Double) -> String {
        var svg = ""
        for step in steps {
            let y = number(frame.y(step))
            let dash = step == 0 || step == 1 ? "" : " stroke-dasharray=\"1 3\""
            svg +=
                "<line class=\"grid\" data-value=\"\(ExportFormatting.percentValue(step))\" "
                + "x1=\"\(number(frame.plotLeft))\" y1=\"\(y)\" x2=\"\(number(frame.plotRight))\" y2=\"\(y)\" "
                + "stroke=\"#999\" stroke-width=\"0.8\"\(dash)/>"
            svg += text(
                ExportFormatting.percent(step), x: frame.plotLeft - 5, y: frame.y(step) + fontSize / 3, size: fontSize,
                anchor: "end", cssClass: "y-label")
        }
        return svg
    }

    /// Tick marks and date labels below the plot; with `anchorEnds`, the first label starts and the last ends at
    /// its tick, so both stay inside a small chart.
    static func dateAxis(_ frame: Frame, ticks: [(x: Double, date: Date)], fontSize: Double, anchorEnds: Bool = false)
        -> String
    {
        var svg = ""
        for (n, tick) in ticks.enumerated() {
            let x = number(tick.x), bottom = frame.plotBottom
            svg +=
                "<line class=\"tick\" x1=\"\(x)\" y1=\"\(number(bottom))\" x2=\"\(x)\" y2=\"\(number(bottom + 4))\" "
                + "stroke=\"#000\" stroke-width=\"0.8\"/>"
            let anchor = !anchorEnds || ticks.count == 1 ? "middle" : (n == 0 ? "start" : "end")
            svg += text(
                ExportFormatting.day(tick.date), x: tick.x, y: bottom + 6 + fontSize, size: fontSize, anchor: anchor,
                cssClass: "x-label")
        }
        return svg
    }

    /// Up to `count` dates evenly spread from the first to the last measurement (one when they are all on one day),
    /// each at the x its date takes.
    static func dateTicks(_ frame: Frame, count: Int) -> [(x: Double, date: Date)] {
        let times = frame.times
        guard let first = times.first, let last = times.last else { return [] }
        let span = last.timeIntervalSince(first)
        guard span >= 86_400 else { return [((frame.plotLeft + frame.plotRight) / 2, first)] }
        return (0..<count).map { k in
            let share = Double(k) / Double(count - 1)
            return (frame.plotLeft + share * (frame.plotRight - frame.plotLeft), first.addingTimeInterval(share * span))
        }
    }

    /// A polyline through the measurements that have a value (a measurement without one is passed over).
    static func line(_ frame: Frame, _ values: [Double?], style: String, cssClass: String) -> String {
        let points = values.indices.compactMap { i in
            values[i].map { "\(number(frame.x(i))),\(number(frame.y($0)))" }
        }
        guard points.count >= 2 else { return "" }
        return "<polyline class=\"\(cssClass)\" points=\"\(points.joined(separator: " "))\" fill=\"none\" \(style)/>"
    }

    /// Filled dot, open square or open triangle, centred on (x, y).
    static func marker(_ kind: MeasurementSeries.Kind, x: Double, y: Double, size: Double) -> String {
        let stroke = "stroke=\"#000\" stroke-width=\"1.4\""
        switch kind {
        case .diagnostic:
            return "<circle class=\"pt diagnostic\" cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"\(number(size))\" "
                + "fill=\"#000\"/>"
        case .recheck:
            let s = size * 0.9
            return
                "<rect class=\"pt recheck\" x=\"\(number(x - s))\" y=\"\(number(y - s))\" width=\"\(number(2 * s))\" "
                + "height=\"\(number(2 * s))\" fill=\"#fff\" \(stroke)/>"
        case .scoped:
            let s = size * 1.15
            return
                "<polygon class=\"pt scoped\" points=\"\(number(x)),\(number(y - s)) \(number(x + s)),\(number(y + s * 0.8)) "
                + "\(number(x - s)),\(number(y + s * 0.8))\" fill=\"#fff\" \(stroke)/>"
        }
    }

    /// `text` must be escaped already.
    static func text(
        _ text: String, x: Double, y: Double, size: Double, anchor: String, cssClass: String, bold: Bool = false
    ) -> String {
        "<text class=\"\(cssClass)\" x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(number(size))\" "
            + "text-anchor=\"\(anchor)\"\(bold ? " font-weight=\"bold\"" : "") fill=\"#000\">\(text)</text>"
    }
}
