import DijipilotCore

/// One row of the heatmap in disagreement mode: the same cells as `HeatmapRow` (so the cursor and clicks land on
/// the same columns), each shaded by how far apart the respondents' estimates are; a cell standing for a mission
/// shows its widest checkpoint. A cell with no spread (the checkpoint does not apply) is drawn "–", dim.
public struct DisagreementRow: Widget {
    public var cells: [HeatmapRow.Cell]
    /// Per curriculum index: the spread, nil where there is none.
    public var spreads: [Double?]
    public var theme: Theme
    public var cursor: Int?

    public init(cells: [HeatmapRow.Cell], spreads: [Double?], theme: Theme, cursor: Int? = nil) {
        self.cells = cells; self.spreads = spreads; self.theme = theme; self.cursor = cursor
    }

    public func render(into grid: inout Grid, area: Rect) {
        guard area.height > 0 else { return }
        for (k, cell) in cells.enumerated() where cell.offset < area.width {
            let level = DisagreementLevel.widest(cell.lessons.map { spreads.indices.contains($0) ? spreads[$0] : nil })
            var style = level.map(theme.style(for:)) ?? theme.subtle
            if k == cursor { style.reverse = true; grid.cursor = (area.x + cell.offset, area.y) }
            let glyph = level.map { String($0.glyph) } ?? "–"
            grid.put(glyph, x: area.x + cell.offset, y: area.y, style: style, maxWidth: 1)
        }
    }
}
