import Foundation

/// Small pieces the text, Markdown and HTML renderings share.
public enum ExportFormatting {
    /// `42%`, rounded to the nearest whole percent.
    static func percent(_ value: Double) -> String { "\(percentValue(value))%" }

    static func percentValue(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        return Int((min(max(value, 0), 1) * 100).rounded())
    }

    /// `████████░░░░` of a fixed width.
    static func bar(_ value: Double, width: Int = 20) -> String {
        let filled = min(width, max(0, Int(((value.isFinite ? value : 0) * Double(width)).rounded())))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    /// `45 min`, `1 h`, `1 h 30 min`.
    /// "12 min read" or "4 min read + 1 h 30 min doing".
    public static func lessonTime(reading: Int, doing: Int) -> String {
        doing > 0 ? "\(duration(reading)) read + \(duration(doing)) doing" : "\(duration(reading)) read"
    }

    static func duration(_ minutes: Int) -> String {
        if minutes < 60 { return "\(minutes) min" }
        let (h, m) = (minutes / 60, minutes % 60)
        return m == 0 ? "\(h) h" : "\(h) h \(m) min"
    }

    /// `3 h`, `2.5 h`.
    public static func hours(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) h" : String(format: "%.1f h", value)
    }

    static func day(_ date: Date) -> String { String(ISODate.string(date).prefix(10)) }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Escapes the characters Markdown would read as formatting.
    static func markdown(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>|#".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let data = (try? JSONEncoder.dijipilot().encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The head and body wrapper of a self-contained, printable page (well-formed XML as well as HTML).
    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(html(title))</title>
        <style>
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; } h3 { font-size: 1.05rem; }
        .meta { color: #555; } .muted { color: #666; font-size: 0.9em; }
        table { border-collapse: collapse; width: 100%; } td, th { padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; border-bottom: 1px solid #eee; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .bar { display: inline-block; width: 10rem; height: 0.8rem; background: #e6e6e6; border: 1px solid #bbb; vertical-align: middle; }
        .fill { display: block; height: 100%; background: #2e7d32; }
        .hm-row { white-space: nowrap; margin: 2px 0; } .hm-label { display: inline-block; width: 4rem; font-family: monospace; }
        .hm-group { display: inline-block; margin-right: 6px; } .cell { display: inline-block; width: 9px; height: 14px; margin-right: 1px; }
        .mastered { background: #1b5e20; } .learned { background: #43a047; } .doneAnyway { background: #8e24aa; } .uncertain { background: #f9a825; } .missing { background: #c62828; } .notAssessed { background: #bdbdbd; }
        .legend span.cell { vertical-align: middle; } .legend { margin-top: 0.5rem; }
        ul.tasks { list-style: none; padding-left: 0; } ul.tasks li { margin: 0.4rem 0; } .reason { color: #555; font-size: 0.9em; margin-left: 1.6rem; }
        .work { margin: 0.3rem 0 0.8rem 1.6rem; font-size: 0.92em; } .work ol { margin: 0.2rem 0; padding-left: 1.4rem; }
        .work .label { font-weight: 600; margin: 0.4rem 0 0.1rem; } .work ul.tasks li { margin: 0.15rem 0; }
        .skipped { text-decoration: line-through; color: #777; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        figure { margin: 0.6rem 0; } svg.chart { max-width: 100%; height: auto; } .chart-key { vertical-align: middle; }
        .multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.4rem 1.2rem; } figure.multiple figcaption { font-size: 0.85em; min-height: 2.7em; }
        @media print {
        body { margin: 0; max-width: none; font-size: 10pt; } h2, h3, p.lead { break-after: avoid; } .multiples { break-before: avoid; } tr, li, figure, .hm-row, section.heatmap { break-inside: avoid; }
        .multiples { grid-template-columns: repeat(3, 1fr); } .bar { background: #fff; border-color: #666; } .fill { background: #aaa; }
        .cell { width: 11px; height: 13px; margin-right: 1px; border: 1px solid #444; background: #fff; color: #000; font: bold 9px/13px sans-serif; text-align: center; vertical-align: middle; overflow: hidden; }
        .mastered { background: #c4c4c4; } .mastered::after { content: "✓"; } .learned { background: #e6e6e6; } .learned::after { content: "+"; }
        .doneAnyway::after { content: "~"; } .uncertain::after { content: "?"; } .missing::after { content: "✗"; } .notAssessed { border-style: dotted; } .notAssessed::after { content: "·"; }
        }
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }
}
