import DijipilotCore
import Foundation

/// The right pane for a program, mission or module: its title and summary, what it holds, and how well the
/// business masters it.
enum GroupDetail {
    static func lines(node: TreeNode, width: Int, app: AppState, ctx: TreeContext) -> [StyledLine] {
        let theme = app.theme
        let outline = ctx.outline
        let range = outline.range(of: node)
        var out: [StyledLine] = []

        let ancestors = outline.ancestors(of: node)
        if !ancestors.isEmpty {
            out.append(
                StyledLine(
                    LessonDetail.crumbs(
                        ancestors.map { "\(outline.id(of: $0)) \(outline.title(of: $0))" }, width: width),
                    theme.subtle))
            out.append(.blank)
        }
        out += TextBlock.paragraph(
            outline.title(of: node), width: width,
            lead: Span(outline.id(of: node) + "  ", theme.accent), style: .bold)
        out.append(StyledLine(counts(node, ctx: ctx), theme.subtle))
        if let summary = summary(of: node, ctx.curriculum), !summary.isEmpty {
            out.append(.blank)
            out += TextBlock.paragraph(summary, width: width)
        }

        LessonDetail.section("Mastery", into: &out, theme: theme)
        if ctx.hasDiagnostic && !range.isEmpty {
            let fraction = ctx.mastery.mastery(of: range)
            let barWidth = max(0, min(30, width - 10))
            let eighths = Int((fraction * Double(barWidth)).rounded())
            out.append(
                StyledLine([
                    Span("  " + ProgressBar.percent(fraction).padding(toLength: 5, withPad: " ", startingAt: 0), .bold),
                    Span(String(repeating: "█", count: eighths), theme.barFilled),
                    Span(String(repeating: "░", count: barWidth - eighths), theme.barEmpty),
                ]))
        } else if !ctx.hasDiagnostic {
            out.append(StyledLine("  Not assessed yet: take the diagnostic (d on Home).", theme.subtle))
        }
        out += stateCounts(range, width: width, ctx: ctx, theme: theme)

        let children = outline.children(of: node)
        if !children.isEmpty {
            let heading: String
            switch node {
            case .program: heading = "Missions"
            case .mission: heading = "Modules"
            default: heading = "Lessons"
            }
            LessonDetail.section(heading, into: &out, theme: theme)
            for child in children { out.append(childLine(child, width: width, ctx: ctx, theme: theme)) }
        }
        return out
    }

    static func summary(of node: TreeNode, _ curriculum: Curriculum) -> String? {
        switch node {
        case .program(let p): curriculum.programs[p].summary
        case .mission(let p, let m): curriculum.programs[p].missions[m].summary
        default: nil
        }
    }

    /// "12 missions · 30 modules · 90 lessons · 21 h" (the time is the sum of lesson minutes).
    static func counts(_ node: TreeNode, ctx: TreeContext) -> String {
        let outline = ctx.outline
        let range = outline.range(of: node)
        var parts: [String] = []
        switch node {
        case .program(let p):
            parts.append(Wording.plural(outline.missionRanges[p].count, "mission"))
            parts.append(Wording.plural(outline.moduleRanges[p].reduce(0) { $0 + $1.count }, "module"))
        case .mission(let p, let m):
            parts.append(Wording.plural(outline.moduleRanges[p][m].count, "module"))
        default: break
        }
        parts.append(Wording.plural(range.count, "lesson"))
        let minutes = range.reduce(0) { $0 + ctx.curriculum.lessons[$1].totalMinutes }
        parts.append(minutes >= 120 ? "about \(Int((Double(minutes) / 60).rounded())) h" : "\(minutes) min")
        return parts.joined(separator: " · ")
    }

    /// "█ 3 mastered  ▓ 1 learned  ▒ 2 uncertain  ░ 5 missing  · 1 not assessed", wrapped to the width.
    static func stateCounts(_ range: Range<Int>, width: Int, ctx: TreeContext, theme: Theme) -> [StyledLine] {
        var counts: [CheckpointDisplayState: Int] = [:]
        for i in range { counts[ctx.mastery.states[i], default: 0] += 1 }
        var lines: [StyledLine] = []
        var line = StyledLine([Span("  ")])
        for state in CheckpointDisplayState.allCases {
            guard let n = counts[state], n > 0 else { continue }
            let item = [Span(theme.glyph(for: state) + " ", theme.style(for: state)), Span("\(n) \(state.label)   ")]
            let itemWidth = item.reduce(0) { $0 + DisplayWidth.of($1.text) }
            if line.width + itemWidth > width + 3 && line.width > 2 {
                lines.append(line); line = StyledLine([Span("  ")])
            }
            line.spans += item
        }
        if line.width > 2 { lines.append(line) }
        return lines
    }

    static func childLine(_ child: TreeNode, width: Int, ctx: TreeContext, theme: Theme) -> StyledLine {
        let outline = ctx.outline
        var spans: [Span] = [Span("  ")]
        if let i = child.lessonIndex {
            let state = ctx.mastery.states[i]
            spans.append(Span(theme.glyph(for: state) + " ", theme.style(for: state)))
        }
        spans.append(Span(outline.id(of: child) + "  ", theme.subtle))
        var trailing = ""
        if !child.isLesson && ctx.hasDiagnostic {
            trailing = ProgressBar.percent(ctx.mastery.mastery(of: outline.range(of: child)))
        }
        let used = spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
        let room = max(4, width - used - (trailing.isEmpty ? 0 : DisplayWidth.of(trailing) + 2))
        let title = DisplayWidth.truncate(outline.title(of: child), to: room)
        spans.append(Span(title))
        if !trailing.isEmpty {
            let gap = max(2, width - used - DisplayWidth.of(title) - DisplayWidth.of(trailing))
            spans.append(Span(String(repeating: " ", count: gap) + trailing))
        }
        return StyledLine(spans)
    }
}
