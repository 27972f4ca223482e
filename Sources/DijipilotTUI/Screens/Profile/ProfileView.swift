import DijipilotCore

/// One profile field, full screen: "Your business · 2 of 7", the question, the numbered answers, and why it is asked.
enum ProfileView {
    struct Layout {
        var prompt: [String]
        var promptTop: Int
        var options: Rect
        var note: Int?
    }

    static func labels(_ field: ProfileField) -> [String] { field.answers.map(\.label) }

    static let note =
        "Lessons and questions that do not fit your business are left out; \"Prefer not to say\" leaves everything in."

    static func layout(_ state: ProfileScreenState, area: Rect) -> Layout {
        let width = max(1, min(area.width - 2, 100))
        let prompt = DisplayWidth.wrap(state.field.question, width: width)
        let promptTop = area.y + 2
        let optionsTop = promptTop + prompt.count + 1
        let optionLines = OptionList.lines(labels(state.field), width: min(area.width - 1, 104)).count
        let noteRow = optionsTop + optionLines + 1
        let fitsNote = noteRow + 1 < area.maxY
        let options = Rect(
            x: area.x + 1, y: optionsTop, width: min(area.width - 1, 104),
            height: max(0, min(optionLines, area.maxY - optionsTop)))
        return Layout(prompt: prompt, promptTop: promptTop, options: options, note: fitsNote ? noteRow : nil)
    }

    static func render(into grid: inout Grid, area: Rect, state: ProfileScreenState, app: AppState) {
        let theme = app.theme
        let total = ProfileField.allCases.count
        let heading = state.beforeDiagnostic ? " Before the diagnostic: your business" : " Your business"
        grid.put(heading, x: area.x, y: area.y, style: theme.heading, maxWidth: area.width)
        let counter = "\(state.fieldIndex + 1) of \(total)"
        if DisplayWidth.of(heading) + DisplayWidth.of(counter) + 3 <= area.width {
            grid.put(counter, x: area.maxX - DisplayWidth.of(counter) - 1, y: area.y, style: theme.subtle)
        }
        let layout = layout(state, area: area)
        for (i, line) in layout.prompt.enumerated() where layout.promptTop + i < area.maxY {
            grid.put(line, x: area.x + 1, y: layout.promptTop + i, style: .bold, maxWidth: area.width - 1)
        }
        OptionList(
            options: labels(state.field), selected: state.selected, selectedStyle: theme.selected,
            numberStyle: theme.key, subtleStyle: theme.subtle, dimLast: true
        ).render(into: &grid, area: layout.options)
        if let y = layout.note {
            for (i, line) in DisplayWidth.wrap(note, width: max(1, area.width - 2)).enumerated() where y + i < area.maxY
            {
                grid.put(line, x: area.x + 1, y: y + i, style: theme.subtle, maxWidth: area.width - 1)
            }
        }
    }
}
