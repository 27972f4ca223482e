/// A run of text in one style.
public struct Span: Equatable, Sendable {
    public var text: String
    public var style: Style
    public init(_ text: String, _ style: Style = .plain) { self.text = text; self.style = style }
}

/// One line of a text block. `tag` marks a line that does something when clicked or chosen (e.g. a link).
public struct StyledLine: Equatable, Sendable {
    public var spans: [Span]
    public var tag: Int?

    public init(_ spans: [Span] = [], tag: Int? = nil) { self.spans = spans; self.tag = tag }
    public init(_ text: String, _ style: Style = .plain, tag: Int? = nil) { self.init([Span(text, style)], tag: tag) }

    public static let blank = StyledLine()

    public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    /// The line cut to `width` columns, ending in "…" (in the style of the span it cuts) when something was cut.
    public func truncated(to width: Int) -> StyledLine {
        guard width > 0 else { return StyledLine([], tag: tag) }
        guard self.width > width else { return self }
        var out: [Span] = [], used = 0
        for span in spans {
            var kept = "", cut = false
            for character in span.text {
                let w = DisplayWidth.of(character)
                if used + w > width - 1 { cut = true; break }
                kept.append(character); used += w
            }
            if cut { out.append(Span(kept + "…", span.style)); break }
            out.append(Span(kept, span.style))
        }
        return StyledLine(out, tag: tag)
    }
}
