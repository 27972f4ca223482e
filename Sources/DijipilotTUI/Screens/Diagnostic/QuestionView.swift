import DijipilotCore
import Foundation

/// One question, full screen: its number, the prompt, the numbered answers, and two progress bars.
enum QuestionView {
    static func render(
        into grid: inout Grid, area: Rect, screen: DiagnosticScreenState, app: AppState,
        session: DiagnosticSession, question: Question
    ) {
        let theme = app.theme
        let layout = QuestionLayout(question: question, confirmingFinish: screen.confirmingFinish, area: area)
        let progress = session.progress

        grid.put(
            " Question \(session.questionNumber)", x: area.x, y: layout.header, style: theme.heading,
            maxWidth: area.width)
        let timing = timeLine(screen: screen, now: app.now, progress: progress)
        let timingWidth = DisplayWidth.of(timing)
        if DisplayWidth.of(" Question 99") + timingWidth + 2 <= area.width {
            grid.put(timing, x: area.maxX - timingWidth - 1, y: layout.header, style: theme.subtle)
        }
        for (i, line) in layout.prompt.enumerated() {
            grid.put(line, x: area.x + 1, y: layout.promptTop + i, style: .bold, maxWidth: area.width - 1)
        }
        OptionList(
            options: shownLabels(question, app), selected: min(screen.selectedChoice, question.choices.count - 1),
            selectedStyle: theme.selected, numberStyle: theme.key, subtleStyle: theme.subtle,
            dimLast: question.choices.last?.isNotSure == true
        ).render(into: &grid, area: layout.options)

        let total = progress.estimatedTotal
        let rows: [(String, Double, String)] = [
            (
                "Questions", Double(progress.answered) / Double(max(1, total)),
                "\(progress.answered) of ~\(total) answered"
            ),
            (
                "Checkpoints decided", Double(progress.decided) / Double(max(1, progress.checkpoints)),
                "\(progress.decided) of \(progress.checkpoints)"
            ),
        ]
        let labelWidth = 21
        let barWidth = max(4, min(30, area.width - labelWidth - 22))
        for (i, row) in rows.enumerated() {
            let y = layout.bars + i
            guard y < area.maxY else { break }
            grid.put(row.0, x: area.x + 1, y: y, maxWidth: labelWidth)
            ProgressBar(row.1, filled: theme.barFilled, empty: theme.barEmpty)
                .render(into: &grid, area: .row(x: area.x + 1 + labelWidth, y: y, width: barWidth))
            grid.put(
                row.2, x: area.x + 2 + labelWidth + barWidth, y: y,
                maxWidth: max(0, area.maxX - (area.x + 2 + labelWidth + barWidth)))
        }
        // Before the first answer the starting estimate has already decided some checkpoints (an early-stage
        // profile makes the advanced ones unlikely); say so, or the count reads as a verdict from nothing.
        if layout.confirm == nil, progress.answered == 0, progress.decided > 0, layout.bars + 2 < area.maxY {
            grid.put(
                " Decided before any answer: from your profile and what is typical.", x: area.x, y: layout.bars + 2,
                style: theme.subtle, maxWidth: area.width)
        }
        if let y = layout.confirm {
            grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1))
            grid.put(
                " Finish now? Results will be less certain (y/n)", x: area.x, y: y, style: theme.warning,
                maxWidth: area.width)
            grid.cursor = (min(area.maxX - 1, area.x + 48), y)
        }
    }

    /// The current question's labels in the order shown (shuffled per session; "Not sure" last).
    static func shownLabels(_ question: Question, _ app: AppState) -> [String] {
        (app.session?.shownOrder ?? Array(question.choices.indices)).map { question.choices[$0].label }
    }

    /// "elapsed 1:12 · ~3 min left": the pace of this sitting, or 12 s a question before the first answer.
    static func timeLine(screen: DiagnosticScreenState, now: Date, progress: DiagnosticProgress) -> String {
        let elapsed = now.timeIntervalSince(screen.startedAt ?? now)
        var pace = 12.0
        let answeredNow = progress.answered - screen.answersAtSittingStart
        if answeredNow > 0, let start = screen.sittingStart {
            pace = max(1, now.timeIntervalSince(start) / Double(answeredNow))
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
