import DijipilotCore
import Foundation

/// Before the first question: what the diagnostic compares, how long it takes, and start or resume.
enum DiagnosticIntroView {
    static func paragraphs(_ state: AppState) -> [String] {
        let curriculum = state.course.curriculum
        let most = state.config.maxQuestions
        // It stops once the picture is clear: about 22 questions on the benchmark's founders, 16 to 30 for most.
        let fewest = min(most, max(state.config.minQuestions, 15))
        let range = most > fewest ? "\(fewest) to \(most) questions" : "up to \(most) questions"
        var text = [
            "It compares how your business runs today with the curriculum's \(curriculum.programs.count) programs "
                + "and \(curriculum.missionCount) missions: \(curriculum.checkpointCount) skill checkpoints in all.",
            "About 5 minutes, \(range) about your current operations. The questions adapt to your answers: "
                + "each one settles several checkpoints at once, and it stops as soon as the picture is clear.",
            "Your answers are saved as you go: Esc leaves, and you can resume later. "
                + "\"Not sure\" is always a fine answer.",
        ]
        let business = state.progress.profile.business
        if !business.isComplete {
            text.append(
                "First, \(ProfileField.allCases.count) quick questions about your business, so lessons that do not "
                    + "apply to it are left out.")
        } else {
            text.append(
                "Your business: \(Wording.profileLine(business) ?? "not said (everything applies)"). "
                    + (state.resumableDiagnostic == nil
                        ? "Enter starts with this profile; p changes it." : "p changes it."))
        }
        if let last = state.progress.latestDiagnostic {
            text.append(
                "Last taken \(Wording.day(last.takenAt)): a new diagnostic updates your heatmap and "
                    + "roadmap, keeping the lessons you marked done.")
        }
        return text
    }

    /// The intro's actions, in order: the default first.
    static func actions(_ state: AppState) -> [(title: String, key: String)] {
        if let saved = state.resumableDiagnostic {
            return [("Resume (\(saved.answers.count) answered)", "Enter"), ("Start over", "n")]
        }
        return [("Start the diagnostic", "Enter")]
    }

    /// Text lines (wrapped) and the row where the actions begin.
    static func layout(_ state: AppState, area: Rect) -> (lines: [String], actionsTop: Int) {
        let width = max(1, min(area.width - 2, 76))
        var lines: [String] = []
        for paragraph in paragraphs(state) {
            lines += DisplayWidth.wrap(paragraph, width: width)
            lines.append("")
        }
        // Title row, a blank row, the text, then the actions: drop blank lines first when the area is short.
        let actionsNeeded = actions(state).count + 1
        if 2 + lines.count + actionsNeeded > area.height { lines.removeAll { $0.isEmpty } }
        return (lines, area.y + 2 + lines.count + (lines.last?.isEmpty == false ? 1 : 0))
    }

    static func actionRow(at y: Int, area: Rect, app state: AppState) -> Int? {
        guard state.readOnlyReason == nil else { return nil }
        let row = y - layout(state, area: area).actionsTop
        return actions(state).indices.contains(row) ? row : nil
    }

    static func render(into grid: inout Grid, area: Rect, screen: DiagnosticScreenState, app state: AppState) {
        let theme = state.theme
        grid.put(
            " The diagnostic: where your business stands", x: area.x, y: area.y, style: theme.heading,
            maxWidth: area.width)
        let (lines, actionsTop) = layout(state, area: area)
        for (i, line) in lines.enumerated() where area.y + 2 + i < area.maxY {
            grid.put(line, x: area.x + 1, y: area.y + 2 + i, maxWidth: area.width - 1)
        }
        if let reason = state.readOnlyReason {
            let text = "Read-only: \(reason). You can read this, but a diagnostic cannot be started or saved."
            for (i, line) in DisplayWidth.wrap(text, width: max(1, area.width - 2)).enumerated()
            where actionsTop + i < area.maxY {
                grid.put(line, x: area.x + 1, y: actionsTop + i, style: theme.warning, maxWidth: area.width - 1)
            }
            return
        }
        let selected = min(screen.introSelection, actions(state).count - 1)
        for (i, action) in actions(state).enumerated() where actionsTop + i < area.maxY {
            let y = actionsTop + i
            let isSelected = i == selected
            let rowWidth = min(36, area.width - 2)
            let style: Style = isSelected ? theme.selected : .plain
            if isSelected {
                grid.fill(Rect(x: area.x + 1, y: y, width: rowWidth, height: 1), style: style)
                grid.cursor = (area.x + 2, y)
            }
            grid.put("\(isSelected ? "▸" : " ") \(action.title)", x: area.x + 1, y: y, style: style, maxWidth: rowWidth)
            grid.put(
                action.key, x: area.x + 1 + rowWidth - DisplayWidth.of(action.key) - 1, y: y,
                style: isSelected ? style : theme.key)
        }
    }
}
