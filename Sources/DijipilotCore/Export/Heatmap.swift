import Foundation

/// The heatmap as text: one row per program, one cell per checkpoint, missions separated by a space.
public enum Heatmap {
    /// ANSI colours per state (used only when asked for).
    static func ansi(_ state: CheckpointDisplayState) -> String {
        switch state {
        case .mastered: return "\u{1B}[32m"
        case .learned: return "\u{1B}[36m"
        case .doneAnyway: return "\u{1B}[35m"
        case .uncertain: return "\u{1B}[33m"
        case .missing: return "\u{1B}[31m"
        case .notAssessed: return "\u{1B}[2m"
        }
    }
    static let reset = "\u{1B}[0m"

    /// The rows (program id padded, then the cells) followed by the legend line.
    public static func lines(_ view: MasteryView, color: Bool = false) -> [String] {
        let curriculum = view.curriculum
        let width = curriculum.programs.map(\.id.count).max() ?? 0
        var lines: [String] = []
        for (p, program) in curriculum.programs.enumerated() {
            var row = program.id + String(repeating: " ", count: width - program.id.count) + "  "
            let groups = curriculum.missionRanges(inProgram: p).map { range in
                cells(range.map { view.states[$0] }, color: color)
            }
            row += groups.joined(separator: " ")
            lines.append(row)
        }
        lines.append(legend(color: color))
        return lines
    }

    public static func legend(color: Bool = false) -> String {
        "Legend: "
            + CheckpointDisplayState.allCases.map { state in
                cells([state], color: color) + " " + state.label
            }.joined(separator: "  ")
    }

    /// Glyphs, with one colour code per run of equal states rather than per cell.
    static func cells(_ states: [CheckpointDisplayState], color: Bool) -> String {
        guard color else { return String(states.map(\.glyph)) }
        var out = ""
        var previous: CheckpointDisplayState?
        for state in states {
            if state != previous { out += ansi(state); previous = state }
            out.append(state.glyph)
        }
        return states.isEmpty ? out : out + reset
    }
}
