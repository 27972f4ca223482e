/// One row of a tree view: an indent level, a one-column marker (▸ ▾ or a state glyph), a label and an optional
/// right-aligned value.
public struct TreeListRow: Equatable, Sendable {
    public var depth: Int
    public var marker: Span
    public var label: StyledLine
    public var trailing: Span?
    public var isSelected: Bool

    public init(depth: Int, marker: Span, label: StyledLine, trailing: Span? = nil, isSelected: Bool = false) {
        self.depth = depth; self.marker = marker; self.label = label; self.trailing = trailing;
        self.isSelected = isSelected
    }
}

/// Draws the visible slice of a tree, one row per line. Callers pass only the rows that fit, so the cost of a frame
/// does not depend on the size of the tree. With `placesCursor`, the grid cursor goes on the selected row's marker.
public struct TreeList: Widget {
    public static let indentWidth = 2

    public var rows: [TreeListRow]
    /// How the selected row is marked (reverse video).
    public var selected: Style
    public var placesCursor: Bool

    public init(_ rows: [TreeListRow], selected: Style, placesCursor: Bool) {
        self.rows = rows; self.selected = selected; self.placesCursor = placesCursor
    }

    public func render(into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        var cursor: (x: Int, y: Int)? = nil
        for (i, row) in rows.prefix(area.height).enumerated() {
            let y = area.y + i
            // Deep rows in a narrow pane keep at least half the width for their text.
            let x = area.x + 1 + min(row.depth * Self.indentWidth, max(0, area.width / 2 - 2))
            var textEnd = area.maxX - 1
            if let trailing = row.trailing {
                let w = DisplayWidth.of(trailing.text)
                if area.maxX - 1 - w > x + 6 {
                    grid.put(trailing.text, x: area.maxX - 1 - w, y: y, style: trailing.style)
                    textEnd = area.maxX - 2 - w
                }
            }
            grid.put(row.marker.text, x: x, y: y, style: row.marker.style, maxWidth: max(0, area.maxX - x))
            var lx = x + 2
            for span in row.label.truncated(to: max(0, textEnd - lx)).spans {
                lx += grid.put(span.text, x: lx, y: y, style: span.style, maxWidth: max(0, textEnd - lx))
            }
            if row.isSelected {
                grid.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { style in
                    style.reverse = selected.reverse || style.reverse
                    style.bold = selected.bold || style.bold
                    style.dim = false
                }
                cursor = (x, y)
            }
        }
        if placesCursor, let cursor { grid.cursor = cursor }
    }
}
