import Foundation

extension ReportExport {
    /// One self-contained printable page; every text escaped, no scripts, no external resources.
    public static func html(_ report: Report) -> String {
        let h = ExportFormatting.html
        let view = report.view, curriculum = report.curriculum
        var body = "<h1>\(h(report.title))</h1>\n<p class=\"meta\">\(h(report.subtitle))</p>\n"
        body +=
            "<p><strong>\(h(report.overallLabel)) mastery:</strong> \(ExportFormatting.percent(report.overallMastery)) "
        body += "\(RoadmapExport.progressBar(report.overallMastery))<br/>\(h(report.countsLine))</p>\n"

        body += "<h2>Programs and missions</h2>\n<table>\n"
        for p in report.programIndexes {
            let program = curriculum.programs[p]
            let m = view.mastery(of: curriculum.programRanges[p])
            body +=
                "<tr><th>\(h(program.id)) \(h(program.title))</th><td class=\"num\">\(ExportFormatting.percent(m))</td>"
            body += "<td>\(RoadmapExport.progressBar(m))</td></tr>\n"
            for mission in view.missionScores(inProgram: p) {
                body += "<tr><td>&#160;&#160;\(h(mission.id)) \(h(mission.title))</td>"
                body += "<td class=\"num\">\(ExportFormatting.percent(mission.mastery))</td>"
                body += "<td>\(RoadmapExport.progressBar(mission.mastery))</td></tr>\n"
            }
        }
        body += "</table>\n"
        body += historySection(report.history)

        body += "<section class=\"heatmap\">\n<h2>Heatmap</h2>\n<p class=\"muted\">One row per program, one cell per "
        body +=
            "checkpoint, grouped by mission. Hover a cell for its lesson; printed, each cell carries its symbol.</p>\n"
        for (p, program) in curriculum.programs.enumerated() {
            body +=
                "<div class=\"hm-row\"><span class=\"hm-label\" title=\"\(h(program.title))\">\(h(program.id))</span>"
            for (mission, range) in zip(program.missions, curriculum.missionRanges(inProgram: p)) {
                body += "<span class=\"hm-group\" title=\"\(h(mission.id + " " + mission.title))\">"
                for i in range {
                    let lesson = curriculum.lessons[i], state = view.states[i]
                    body +=
                        "<span class=\"cell \(state.rawValue)\" title=\"\(h(lesson.id + " " + lesson.title + ": " + state.label))\"></span>"
                }
                body += "</span>"
            }
            body += "</div>\n"
        }
        body += "<div class=\"legend\">"
        body += CheckpointDisplayState.allCases.map { "<span class=\"cell \($0.rawValue)\"></span> \(h($0.label))" }
            .joined(separator: " &#160; ")
        body += "</div>\n</section>\n"

        body += "<h2>Gaps, most important first</h2>\n"
        let gaps = report.gaps
        if gaps.isEmpty {
            body += "<p>None: every checkpoint is mastered or learned.</p>\n"
        } else {
            body += "<ol>\n"
            for gap in gaps {
                body += "<li><strong>\(h(gap.id))</strong> \(h(gap.title)) <span class=\"muted\">"
                body += "\(h(gap.state.label)), p = \(ProbabilityFormat.text(gap.probability))</span></li>\n"
            }
            body += "</ol>\n"
        }
        return ExportFormatting.page(title: report.title, body: body)
    }
}
