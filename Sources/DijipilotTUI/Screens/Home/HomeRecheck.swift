import DijipilotCore

/// Home's suggestion of the re-check due (issue 14), and its stale note: the wording and the line it is drawn on.
enum HomeRecheck {
    /// The standing's fifth line: its label and text, "Verify  what you finished: 3 lessons".
    static func line(_ due: DueRecheck) -> (label: String, text: String) {
        switch due.focus {
        case .stale:
            return ("Re-check", "\(Wording.plural(due.lessonIDs.count, "checkpoint")) over \(days) days old")
        default:
            return ("Verify", "what you finished: \(Wording.plural(due.lessonIDs.count, "lesson"))")
        }
    }

    /// The `v` key's help: what the re-check asks about, and how long it is at most.
    static func help(_ due: DueRecheck) -> String {
        let (label, text) = line(due)
        return "\(label) \(text) (at most \(RecheckFocus.defaultMaxQuestions) questions)"
    }

    /// Said after the last diagnostic's date where the programs panel (which marks each program) is not shown.
    static func staleNote(_ m: MeasurementStanding) -> String? {
        if m.allStale { return "stale: over \(days) days old" }
        return m.staleCount > 0 ? "\(Wording.plural(m.staleCount, "program")) stale (over \(days) days)" : nil
    }

    private static var days: Int { MeasurementHistory.staleAfterDays }

    /// Draws the suggestion on row `y`, labelled like the standing's other rows, with its key at the end.
    static func render(
        _ due: DueRecheck, into grid: inout Grid, x: Int, y: Int, width: Int, labelWidth: Int, theme: Theme
    ) {
        let (label, text) = line(due)
        grid.put(label, x: x, y: y, style: .bold, maxWidth: width)
        let key = "[v]"
        let room = max(0, width - labelWidth - DisplayWidth.of(key) - 1)
        let shown = DisplayWidth.truncate(text, to: room)
        grid.put(shown, x: x + labelWidth, y: y, style: theme.warning)
        grid.put(key, x: x + labelWidth + DisplayWidth.of(shown) + 1, y: y, style: theme.key)
    }
}
