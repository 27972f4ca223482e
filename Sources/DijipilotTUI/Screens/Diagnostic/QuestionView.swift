import DijipilotCore
import Foundation

/// Where the parts of the question screen go, shared by drawing and mouse clicks.
struct QuestionLayout {
    var header: Int
    var promptTop: Int
    var prompt: [String]
    var options: Rect
    var bars: Int
    var confirm: Int?

    init(state: AppState, area: Rect) {
        let question = state.session?.currentQuestion
        let textWidth = max(1, min(area.width - 2, 100))
        var prompt = DisplayWidth.wrap(question?.prompt ?? "", width: textWidth)
        let optionLines = OptionList.lines(question?.choices.map(\.label) ?? [], width: min(area.width - 1, 104)).count
        let bottom = 2 + (state.diagnostic.confirmingFinish ? 1 : 0)
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
        confirm = state.diagnostic.confirmingFinish ? bars + 2 : nil
        options = Rect(x: area.x + 1, y: optionsTop, width: min(area.width - 1, 104),
                       height: max(0, bars - gaps[2] - optionsTop))
        self.prompt = prompt
    }
}

/// One question, full screen: its number, the prompt, the numbered answers, and two progress bars.
enum QuestionView {
    static func render(into grid: inout Grid, area: Rect, state: AppState, session: DiagnosticSession,
                       question: Question) {
        let theme = state.theme
        let layout = QuestionLayout(state: state, area: area)
        let progress = session.progress

        grid.put(" Question \(session.questionNumber)", x: area.x, y: layout.header, style: theme.heading,
                 maxWidth: area.width)
        let timing = timeLine(state: state, progress: progress)
        let timingWidth = DisplayWidth.of(timing)
        if DisplayWidth.of(" Question 99") + timingWidth + 2 <= area.width {
            grid.put(timing, x: area.maxX - timingWidth - 1, y: layout.header, style: theme.subtle)
        }
        for (i, line) in layout.prompt.enumerated() {
            grid.put(line, x: area.x + 1, y: layout.promptTop + i, style: .bold, maxWidth: area.width - 1)
        }
        OptionList.render(into: &grid, area: layout.options, options: shownLabels(question, state),
                          selected: min(state.diagnostic.selectedChoice, question.choices.count - 1),
                          selectedStyle: theme.selected, numberStyle: theme.key, subtleStyle: theme.subtle,
                          dimLast: question.choices.last?.isNotSure == true)

        let total = progress.estimatedTotal
        let rows: [(String, Double, String)] = [
            ("Questions", Double(progress.answered) / Double(max(1, total)),
             "\(progress.answered) of ~\(total) answered"),
            ("Checkpoints decided", Double(progress.decided) / Double(max(1, progress.checkpoints)),
             "\(progress.decided) of \(progress.checkpoints)"),
        ]
        let labelWidth = 21
        let barWidth = max(4, min(30, area.width - labelWidth - 22))
        for (i, row) in rows.enumerated() {
            let y = layout.bars + i
            guard y < area.maxY else { break }
            grid.put(row.0, x: area.x + 1, y: y, maxWidth: labelWidth)
            ProgressBar.render(into: &grid, x: area.x + 1 + labelWidth, y: y, width: barWidth, fraction: row.1,
                               filled: theme.barFilled, empty: theme.barEmpty)
            grid.put(row.2, x: area.x + 2 + labelWidth + barWidth, y: y,
                     maxWidth: max(0, area.maxX - (area.x + 2 + labelWidth + barWidth)))
        }
        if let y = layout.confirm {
            grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1))
            grid.put(" Finish now? Results will be less certain (y/n)", x: area.x, y: y, style: theme.warning,
                     maxWidth: area.width)
            grid.cursor = (min(area.maxX - 1, area.x + 48), y)
        }
    }

    /// The current question's labels in the order shown (shuffled per session; "Not sure" last).
    static func shownLabels(_ question: Question, _ state: AppState) -> [String] {
        (state.session?.shownOrder ?? Array(question.choices.indices)).map { question.choices[$0].label }
    }

    /// "elapsed 1:12 · ~3 min left": the pace of this sitting, or 12 s a question before the first answer.
    static func timeLine(state: AppState, progress: DiagnosticProgress) -> String {
        let elapsed = state.now.timeIntervalSince(state.diagnostic.startedAt ?? state.now)
        var pace = 12.0
        let answeredNow = progress.answered - state.diagnostic.answersAtSittingStart
        if answeredNow > 0, let start = state.diagnostic.sittingStart {
            pace = max(1, state.now.timeIntervalSince(start) / Double(answeredNow))
        }
        let remaining = Double(max(0, progress.estimatedTotal - progress.answered)) * pace
        let left = remaining < 60 ? "under a minute left" : "~\(Int((remaining / 60).rounded(.up))) min left"
        return "elapsed \(duration(elapsed)) · \(left)"
    }

    /// "0:42", "12:05", "1 h 05 min", "3 days".
    static func duration(_ seconds: TimeInterval) -> String {
        let s = max(0, Int(seconds))
        if s >= 2 * 86_400 { return "\(s / 86_400) days" }
        if s >= 3_600 { return "\(s / 3_600) h \(String(format: "%02d", (s % 3_600) / 60)) min" }
        return "\(s / 60):\(String(format: "%02d", s % 60))"
    }
}
