import DijipilotCore

/// Where the parts of the question screen go, shared by drawing and mouse clicks.
struct QuestionLayout {
    var header: Int
    var promptTop: Int
    var prompt: [String]
    var options: Rect
    var bars: Int
    var confirm: Int?

    init(question: Question?, confirmingFinish: Bool, area: Rect) {
        let textWidth = max(1, min(area.width - 2, 100))
        var prompt = DisplayWidth.wrap(question?.prompt ?? "", width: textWidth)
        let optionLines = OptionList.lines(question?.choices.map(\.label) ?? [], width: min(area.width - 1, 104)).count
        let bottom = 2 + (confirmingFinish ? 1 : 0)
        // Blank rows after the header, after the prompt and before the bars, as long as the options still fit.
        let minimumOptions = min(optionLines, 4)
        prompt = Array(prompt.prefix(max(1, area.height - 1 - bottom - minimumOptions)))
        var spare = area.height - 1 - prompt.count - optionLines - bottom
        var gaps = [0, 0, 0]
        for i in [1, 0, 2] where spare > 0 { gaps[i] = 1; spare -= 1 }
        header = area.y
        promptTop = area.y + 1 + gaps[0]
        let optionsTop = promptTop + prompt.count + gaps[1]
        // The bars follow the options on a tall screen, and sit at the bottom when space is short.
        bars = min(optionsTop + optionLines + gaps[2], area.maxY - bottom)
        confirm = confirmingFinish ? bars + 2 : nil
        options = Rect(
            x: area.x + 1, y: optionsTop, width: min(area.width - 1, 104),
            height: max(0, bars - gaps[2] - optionsTop))
        self.prompt = prompt
    }
}
