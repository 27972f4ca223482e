import DijipilotCore

/// One row of the heatmap: a cell per checkpoint with a space between missions, or, when that does not fit,
/// a cell per mission showing its dominant state. Glyphs differ per state, so it reads without colour too.
public enum HeatmapView {
    /// One drawn cell: the lessons it stands for (curriculum indexes), its state, its column offset in the row.
    public struct Cell: Equatable, Sendable {
        public var lessons: Range<Int>
        public var state: CheckpointDisplayState
        public var offset: Int
    }

    /// Columns a program's row takes with one cell per checkpoint.
    public static func fullWidth(_ missions: [Range<Int>]) -> Int {
        missions.reduce(0) { $0 + $1.count } + max(0, missions.count - 1)
    }

    /// The cells of one program's row.
    public static func cells(missions: [Range<Int>], states: [CheckpointDisplayState], aggregated: Bool) -> [Cell] {
        var out: [Cell] = []
        var offset = 0
        for mission in missions {
            if aggregated {
                out.append(Cell(lessons: mission, state: dominant(mission.map { states[$0] }), offset: offset))
                offset += 1
            } else {
                for i in mission {
                    out.append(Cell(lessons: i..<(i + 1), state: states[i], offset: offset))
                    offset += 1
                }
                offset += 1
            }
        }
        return out
    }

    /// The most frequent state; ties go to the state that needs attention most (missing before uncertain …).
    public static func dominant(_ states: [CheckpointDisplayState]) -> CheckpointDisplayState {
        let order: [CheckpointDisplayState] = [.missing, .uncertain, .learned, .mastered, .notAssessed]
        var best = CheckpointDisplayState.notAssessed, bestCount = 0
        for state in order {
            let count = states.filter { $0 == state }.count
            if count > bestCount { best = state; bestCount = count }
        }
        return best
    }

    /// Draws the cells from x, clipped to `maxWidth`; the cursor cell (if any) in reverse video.
    public static func render(into grid: inout Grid, x: Int, y: Int, maxWidth: Int, cells: [Cell], theme: Theme,
                              cursor: Int?) {
        for (k, cell) in cells.enumerated() where cell.offset < maxWidth {
            var style = theme.style(for: cell.state)
            if k == cursor { style.reverse = true; grid.cursor = (x + cell.offset, y) }
            grid.put(theme.glyph(for: cell.state), x: x + cell.offset, y: y, style: style, maxWidth: 1)
        }
    }

    /// "█ mastered 12  ▓ learned 0 …": the legend, with counts when given.
    public static func legendItems(counts: [CheckpointDisplayState: Int]?) -> [String] {
        CheckpointDisplayState.allCases.map { state in
            "\(state.glyph) \(state.label)" + (counts.map { " \($0[state] ?? 0)" } ?? "")
        }
    }
}
