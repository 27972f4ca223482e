import Foundation

/// The gap analysis report as text, Markdown, JSON or HTML: mastery per program and mission, the heatmap,
/// and the open gaps.
public enum ReportExport {
    /// Plain text; ANSI colours in the heatmap only when `color` is true.
    public static func text(_ report: Report, color: Bool = false) -> String {
        let view = report.view, curriculum = report.curriculum
        var out = "\(report.title)\n\(report.subtitle)\n\n"
        out += "\(report.overallLabel)  \(row(report.overallMastery))\n\(report.countsLine)\n\n"
        out += "Programs and missions\n"
        for p in report.programIndexes {
            let program = curriculum.programs[p]
            out += "  \(row(view.mastery(of: curriculum.programRanges[p])))  \(program.id)  \(program.title)\n"
            for mission in view.missionScores(inProgram: p) {
                out += "    \(row(mission.mastery))  \(mission.id)  \(mission.title)\n"
            }
        }
        if !report.measuredLines.isEmpty {
            out += "\nLast measured\n" + report.measuredLines.map { "  \($0)\n" }.joined()
        }
        out += historyText(report.history)
        out += "\nHeatmap (one cell per checkpoint, missions separated by a space)\n"
        out += Heatmap.lines(view, color: color).map { "  " + $0 }.joined(separator: "\n") + "\n"
        out += "\nGaps, most important first\n"
        let gaps = report.gaps
        if gaps.isEmpty { out += "  none: every checkpoint is mastered or learned\n" }
        for gap in gaps {
            out += "  \(gap.id)  \(gap.title) (\(gap.state.label), p = \(ProbabilityFormat.text(gap.probability)))\n"
        }
        return out
    }

    public static func markdown(_ report: Report) -> String {
        let md = ExportFormatting.markdown
        let view = report.view, curriculum = report.curriculum
        var out = "# \(md(report.title))\n\n\(md(report.subtitle))\n\n"
        out += "**\(md(report.overallLabel)) mastery:** \(ExportFormatting.percent(report.overallMastery)) · "
        out += "\(report.countsLine)\n\n"
        out += "## Programs\n\n| Program | Mastery | |\n|---|---:|---|\n"
        for p in report.programIndexes {
            let program = curriculum.programs[p]
            let m = view.mastery(of: curriculum.programRanges[p])
            out +=
                "| \(md(program.id)) \(md(program.title)) | \(ExportFormatting.percent(m)) | `\(ExportFormatting.bar(m))` |\n"
        }
        for p in report.programIndexes {
            let program = curriculum.programs[p]
            out += "\n### \(md(program.id)) \(md(program.title))\n\n| Mission | Mastery | |\n|---|---:|---|\n"
            for mission in view.missionScores(inProgram: p) {
                out +=
                    "| \(md(mission.id)) \(md(mission.title)) | \(ExportFormatting.percent(mission.mastery)) | `\(ExportFormatting.bar(mission.mastery))` |\n"
            }
        }
        if !report.measuredLines.isEmpty {
            out += "\n## Last measured\n\n" + report.measuredLines.map { "- \(md($0))\n" }.joined()
        }
        out += historyMarkdown(report.history)
        out +=
            "\n## Heatmap\n\nOne row per program, one cell per checkpoint; missions are separated by a space.\n\n```text\n"
        out += Heatmap.lines(view).joined(separator: "\n") + "\n```\n"
        out += "\n## Gaps, most important first\n\n"
        let gaps = report.gaps
        if gaps.isEmpty { out += "None: every checkpoint is mastered or learned.\n" }
        for (n, gap) in gaps.enumerated() {
            out +=
                "\(n + 1). **\(md(gap.id))** \(md(gap.title)): \(gap.state.label) (p = \(ProbabilityFormat.text(gap.probability)))\n"
        }
        return out
    }

    public static func json(_ report: Report) -> String {
        let view = report.view, curriculum = report.curriculum
        struct Checkpoint: Encodable { var id: String; var state: CheckpointDisplayState; var probability: Double? }
        struct Mission: Encodable { var id, title: String; var mastery: Double; var checkpoints: [Checkpoint] }
        struct Program: Encodable { var id, title: String; var mastery: Double; var missions: [Mission] }
        struct Gap: Encodable { var id, title: String; var state: CheckpointDisplayState; var probability: Double }
        struct Document: Encodable {
            var businessName: String?; var takenAt: Date?; var questionsAsked: Int; var finishedEarly: Bool
            var overallMastery: Double; var counts: [String: Int]; var programs: [Program]; var gaps: [Gap]
            var lastMeasured: [Measured]?; var scope: [String]?
        }
        struct Measured: Encodable {
            var programID, diagnosticID: String; var measuredAt: Date; var mastery: Double; var stale: Bool
        }
        func round(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
        let programs = curriculum.programs.enumerated().map { p, program in
            Program(
                id: program.id, title: program.title, mastery: round(view.mastery(of: curriculum.programRanges[p])),
                missions: zip(program.missions, curriculum.missionRanges(inProgram: p)).map { mission, range in
                    Mission(
                        id: mission.id, title: mission.title, mastery: round(view.mastery(of: range)),
                        checkpoints: range.map {
                            Checkpoint(
                                id: curriculum.lessons[$0].id, state: view.states[$0],
                                probability: view.probabilities[$0].map(round))
                        })
                })
        }
        let counts = Dictionary(uniqueKeysWithValues: view.counts.map { ($0.key.rawValue, $0.value) })
        return ExportFormatting.json(
            Document(
                businessName: report.businessName, takenAt: report.takenAt,
                questionsAsked: report.result.questionsAsked,
                finishedEarly: report.result.finishedEarly, overallMastery: round(report.overallMastery),
                counts: counts,
                programs: programs,
                gaps: report.gaps.map {
                    Gap(id: $0.id, title: $0.title, state: $0.state, probability: round($0.probability))
                },
                lastMeasured: report.now.map { now in
                    report.lastMeasured.map {
                        Measured(
                            programID: $0.programID, diagnosticID: $0.diagnosticID, measuredAt: $0.measuredAt,
                            mastery: round($0.mastery), stale: $0.isStale(now: now))
                    }
                }, scope: report.scope))
    }

    /// `42% ████████░░░░░░░░░░░░` with the percentage right-aligned.
    static func row(_ mastery: Double) -> String {
        let pct = ExportFormatting.percent(mastery)
        return String(repeating: " ", count: max(0, 4 - pct.count)) + pct + " " + ExportFormatting.bar(mastery)
    }
}
