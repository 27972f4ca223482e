import DijipilotCore

/// One row of the heatmap: a cell per checkpoint with a space between missions, or, when that does not fit,
/// a cell per mission showing its dominant state. Glyphs differ per state, so it reads without colour too.
/// Drawn from the left of its area, clipped to its width; the cursor cell (if any) in reverse video.
public struct HeatmapRow: Widget {
    public var cells: [Cell]
    public var theme: Theme
    /// The index in `cells` of the cursor, if it is on this row.
    public var cursor: Int?
    /// Per curriculum index, whether the lesson applies to the business (empty: all do). A cell none of whose
    /// lessons apply is drawn "–", dim: outside every score, not "not assessed".
    public var applicable: [Bool]

    public init(cells: [Cell], theme: Theme, cursor: Int? = nil, applicable: [Bool] = []) {
        self.cells = cells; self.theme = theme; self.cursor = cursor; self.applicable = applicable
    }

    func isNotApplicable(_ cell: Cell) -> Bool {
        !applicable.isEmpty && cell.lessons.allSatisfy { applicable.indices.contains($0) && !applicable[$0] }
    }

    public func render(into grid: inout Grid, area: Rect) {
        guard area.height > 0 else { return }
        for (k, cell) in cells.enumerated() where cell.offset < area.width {
            let notApplicable = isNotApplicable(cell)
            var style = notApplicable ? theme.subtle : theme.style(for: cell.state)
            if k == cursor { style.reverse = true; grid.cursor = (area.x + cell.offset, area.y) }
            let glyph = notApplicable ? "–" : theme.glyph(for: cell.state)
            grid.put(glyph, x: area.x + cell.offset, y: area.y, style: style, maxWidth: 1)
        }
    }

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
        let order: [CheckpointDisplayState] = [.missing, .uncertain, .doneAnyway, .learned, .mastered, .notAssessed]
        var best = CheckpointDisplayState.notAssessed, bestCount = 0
        for state in order {
            let count = states.filter { $0 == state }.count
            if count > bestCount { best = state; bestCount = count }
        }
        return best
    }
}
