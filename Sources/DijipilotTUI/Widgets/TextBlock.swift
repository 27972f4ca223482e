/// Lines of styled text drawn from a scroll offset, each cut to the area's width: lesson pages, summaries,
/// tables. Lines whose tag equals `highlightTag` are drawn across the whole width in `highlight` (reverse video
/// for a selected link). The static functions build the lines: wrapped paragraphs and tables.
public struct TextBlock: Widget {
    public var lines: [StyledLine]
    /// The first line shown.
    public var scroll: Int
    public var highlightTag: Int?
    public var highlight: Style

    public init(_ lines: [StyledLine], scroll: Int = 0, highlightTag: Int? = nil, highlight: Style = .reverse) {
        self.lines = lines; self.scroll = scroll; self.highlightTag = highlightTag; self.highlight = highlight
    }

    /// Word-wraps `text` to `width` columns. The first line starts with `lead` (e.g. "• "); following lines are
    /// indented by its width, so bullets hang. `indent` columns of space precede every line.
    public static func paragraph(
        _ text: String, width: Int, indent: Int = 0, lead: Span? = nil,
        style: Style = .plain, tag: Int? = nil
    ) -> [StyledLine] {
        let leadWidth = lead.map { DisplayWidth.of($0.text) } ?? 0
        let room = max(1, width - indent - leadWidth)
        let pad = String(repeating: " ", count: indent)
        return DisplayWidth.wrap(text, width: room).enumerated().map { i, line in
            var spans = [Span(pad)]
            if let lead { spans.append(i == 0 ? lead : Span(String(repeating: " ", count: leadWidth))) }
            spans.append(Span(line, style))
            return StyledLine(spans, tag: tag)
        }
    }

    /// A table with wrapped cells: `widths` gives each column's width, columns are separated by `gap` spaces,
    /// and a rule under the header. Rows are separated by a blank line when any of them wraps.
    public static func table(
        header: [String], rows: [[String]], widths: [Int], indent: Int = 0, gap: Int = 2,
        headerStyle: Style = .bold, firstColumnStyle: Style = .bold, style: Style = .plain,
        ruleStyle: Style = .dim
    ) -> [StyledLine] {
        let pad = String(repeating: " ", count: indent)
        let spacer = String(repeating: " ", count: gap)
        func lines(for cells: [String], first: Style, rest: Style) -> [StyledLine] {
            let wrapped = widths.indices.map { c in
                DisplayWidth.wrap(c < cells.count ? cells[c] : "", width: max(1, widths[c]))
            }
            let height = wrapped.map(\.count).max() ?? 0
            return (0..<height).map { row in
                var spans = [Span(pad)]
                for c in widths.indices {
                    let text = row < wrapped[c].count ? wrapped[c][row] : ""
                    let fill = String(repeating: " ", count: max(0, widths[c] - DisplayWidth.of(text)))
                    spans.append(Span(text, c == 0 ? first : rest))
                    if c + 1 < widths.count { spans.append(Span(fill + spacer)) }
                }
                return StyledLine(spans)
            }
        }
        var out = lines(for: header, first: headerStyle, rest: headerStyle)
        out.append(
            StyledLine([
                Span(pad), Span(widths.map { String(repeating: "─", count: $0) }.joined(separator: spacer), ruleStyle),
            ]))
        let bodies = rows.map { lines(for: $0, first: firstColumnStyle, rest: style) }
        let separate = bodies.contains { $0.count > 1 }
        for (i, body) in bodies.enumerated() {
            if separate && i > 0 { out.append(.blank) }
            out += body
        }
        return out
    }

    public func render(into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        for (row, line) in lines.dropFirst(max(0, scroll)).prefix(area.height).enumerated() {
            let y = area.y + row
            var x = area.x
            for span in line.truncated(to: area.width).spans {
                x += grid.put(span.text, x: x, y: y, style: span.style, maxWidth: area.maxX - x)
            }
            if let tag = line.tag, tag == highlightTag {
                grid.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { style in
                    style.reverse = highlight.reverse; style.bold = style.bold || highlight.bold
                }
            }
        }
    }

    /// The largest useful scroll offset for `count` lines in `height` rows.
    public static func maxScroll(lineCount count: Int, height: Int) -> Int { max(0, count - height) }
}
