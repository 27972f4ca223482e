import Foundation
import Testing

@testable import DijipilotCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Exports of reports and roadmaps")
struct ExportTests {
    static let curriculum = RoadmapFixtures.exportCurriculum

    static var roadmapState: RoadmapState {
        let roadmap = RoadmapGenerator.generate(
            curriculum: curriculum, result: RoadmapFixtures.exportResult,
            done: ["7.1.1.1"], hoursPerWeek: 1,
            evidence: { id in
                id == "6.12.1.2" ? [(questionID: "q4", questionNumber: 4, label: "Only I have the passwords")] : []
            })
        var state = RoadmapState(roadmap: roadmap, generatedAt: RoadmapFixtures.day, basedOnDiagnostic: "D2")
        state.items.insert(
            RoadmapItem(
                lessonID: "7.1.1.1", week: 0, reason: "missing (p = 0.20)", status: .done,
                statusChangedAt: RoadmapFixtures.day, doneAt: RoadmapFixtures.day), at: 0)
        let later = RoadmapFixtures.day.addingTimeInterval(86_400)
        state.items[1].setStatus(.done, at: later)
        state.items[2].setStatus(.doing, at: later)
        state.items[state.items.count - 1].setStatus(.skipped, at: later)
        return state
    }

    static var report: Report {
        Report(
            curriculum: curriculum, result: RoadmapFixtures.exportResult, done: ["7.1.1.1"],
            businessName: "Acme <Shop> & Co", takenAt: RoadmapFixtures.day)
    }

    /// Compares with Golden/<name>; set DIJIPILOT_UPDATE_GOLDENS=1 to rewrite after a deliberate change.
    func golden(_ actual: String, _ name: String, filePath: String = #filePath) throws {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["DIJIPILOT_UPDATE_GOLDENS"] == "1"
            || !FileManager.default.fileExists(atPath: url.path)
        {
            try Data(actual.utf8).write(to: url)
            Issue.record("wrote the golden file \(url.path): review it, then run the tests again")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record(
                """
                \(name) differs from the golden file at line \(line + 1):
                  expected: \(line < e.count ? String(e[line]) : "(end)")
                  actual:   \(line < a.count ? String(a[line]) : "(end)")
                """)
        }
    }

    @Test("roadmap Markdown matches the golden file")
    func roadmapMarkdown() throws {
        try golden(RoadmapExport.markdown(Self.roadmapState, curriculum: Self.curriculum), "roadmap.md")
    }

    @Test("roadmap JSON matches the golden file")
    func roadmapJSON() throws {
        try golden(RoadmapExport.json(Self.roadmapState, curriculum: Self.curriculum), "roadmap.json")
    }

    @Test("report Markdown matches the golden file")
    func reportMarkdown() throws { try golden(ReportExport.markdown(Self.report), "report.md") }

    /// The export report with a history: a diagnostic, a focused re-check a month later, and the latest four
    /// months on.
    static var historyReport: Report {
        let f = RoadmapFixtures.self
        let early = f.result(
            curriculum,
            [
                "6.12.1.1": (.uncertain, 0.5), "6.12.1.2": (.missing, 0.05), "6.12.2.1": (.missing, 0.05),
                "6.13.1.2": (.missing, 0.1), "7.1.1.1": (.missing, 0.1), "7.1.1.2": (.missing, 0.05),
                "7.1.1.3": (.missing, 0.1),
            ])
        let recheck = f.result(
            curriculum,
            [
                "6.12.1.1": (.uncertain, 0.5), "6.12.1.2": (.missing, 0.05), "6.12.2.1": (.missing, 0.05),
                "6.13.1.2": (.missing, 0.1), "7.1.1.1": (.uncertain, 0.4), "7.1.1.2": (.missing, 0.1),
                "7.1.1.3": (.uncertain, 0.3),
            ])
        func day(_ n: Int) -> Date { f.day.addingTimeInterval(Double(n) * 86_400) }
        var progress = ProgressFile(profile: ProgressFile.Profile(businessName: "Acme <Shop> & Co"))
        progress.diagnostics = [
            DiagnosticRecord(id: "D1", takenAt: day(0), contentHash: "h", answers: [], result: early),
            DiagnosticRecord(id: "D2", takenAt: day(31), contentHash: "h", answers: [], result: recheck),
            DiagnosticRecord(id: "D3", takenAt: day(153), contentHash: "h", answers: [], result: f.exportResult),
        ]
        progress.rechecks = [
            RecheckRecord(takenAt: day(31), focus: "program:7", diagnosticID: "D2", checkpoints: [], answers: [])
        ]
        return Report(curriculum: curriculum, record: progress.diagnostics[2], progress: progress)
    }

    @Test("report HTML with its results over time matches the golden file")
    func reportHTML() throws {
        let page = ReportExport.html(Self.historyReport)
        try Self.checkWellFormed(page)
        try golden(page, "report-history.html")
    }

    @Test("text and Markdown reports show results over time with two or more measurements, and not with one")
    func reportTrends() throws {
        let series = Self.historyReport.history
        let overall = try #require(series.overall.compactMap { $0 }.first)
        let latest = try #require(series.overall.compactMap { $0 }.last)
        let text = ReportExport.text(Self.historyReport)
        let trend = Sparkline.text(series.overall)
        #expect(trend.count == 3)
        #expect(text.contains("Results over time (3 measurements from "))
        #expect(
            text.contains(
                "  \(trend)  \(ExportFormatting.percent(overall)) → \(ExportFormatting.percent(latest))  "
                    + "(\(ComparisonExport.signedPoints(latest - overall)) pts)\n"))
        let markdown = ReportExport.markdown(Self.historyReport)
        #expect(markdown.contains("## Results over time\n"))
        #expect(markdown.contains("| **Overall** | `\(trend)` | \(ExportFormatting.percent(overall)) |"))
        // One program row per program measured, under the overall.
        let section = try #require(markdown.components(separatedBy: "## Results over time\n").last)
        let table = section.components(separatedBy: "\n\n").first { $0.hasPrefix("| Program") } ?? ""
        #expect(table.split(separator: "\n").count == 2 + 1 + series.programs.count)
        #expect(!ReportExport.text(Self.report).contains("Results over time"))
        #expect(!ReportExport.markdown(Self.report).contains("Results over time"))
    }

    @Test("the text report's trend lines keep their columns with one- and two-digit program ids and 100%")
    func trendColumnsAlign() {
        typealias Row = ReportExport.TrendRow
        let rows = [
            Row(id: "", title: "Overall", trend: "▂▅", first: "40%", latest: "60%", change: "+20"),
            Row(id: "1", title: "Foundations", trend: "▁█", first: "5%", latest: "100%", change: "+95"),
            Row(id: "10", title: "Retention", trend: "▅▂", first: "62%", latest: "55%", change: "−7"),
        ]
        let lines = ReportExport.trendLines(rows).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        func column(_ mark: String, _ line: String) -> Int? {
            line.range(of: mark).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
        }
        // Titles start in one column, and so do the trend, the arrow and the closing "pts)".
        #expect(
            Set(lines.dropFirst().map { column($0.contains("Foundations") ? "Foundations" : "Retention", $0) }).count
                == 1)
        #expect(Set(lines.map { column("→", $0) }).count == 1)
        #expect(Set(lines.map { column(" pts)", $0) }).count == 1)
        #expect(lines[1].hasPrefix("  1   Foundations"))
        #expect(lines[1].contains("   5% → 100%  (+95 pts)"))
    }

    @Test("report JSON matches the golden file")
    func reportJSON() throws { try golden(ReportExport.json(Self.report), "report.json") }

    @Test("roadmap text: one heading per week with progress, a checkbox, minutes and the reason per lesson")
    func roadmapText() {
        let text = RoadmapExport.text(Self.roadmapState, curriculum: Self.curriculum)
        #expect(text.contains("Progress: 2 of 5 lessons done (40%), 1 h of 5 h 25 min, 1 skipped"))
        #expect(text.contains("Done under an earlier plan · 20 min · 1 of 1 done"))
        #expect(
            text.contains("Weeks 2–5 · 3 h 20 min · 0 of 1 done"),
            "a 3 h 20 min lesson at 1 h a week runs over four weeks")
        #expect(text.contains("Week 6 · 45 min · 0 of 1 done"))
        #expect(
            text.contains("  [x] 7.1.1.2  A welcome sequence · 40 min read\n      missing: about 15% likely in place\n")
        )
        #expect(text.contains("[~] "))
        #expect(text.contains("[-] "))
        #expect(text.contains("missing: you answered “Only I have the passwords” in question 4"))
    }

    @Test("report text: bars per program and mission, the heatmap with its legend, colour only when asked")
    func reportText() {
        let plain = ReportExport.text(Self.report)
        #expect(!plain.contains("\u{1B}"))
        #expect(plain.contains("Legend: █ mastered  ▓ learned  ▚ done anyway  ▒ uncertain  ░ missing  · not assessed"))
        #expect(plain.contains("  6  █░░ █▒\n"))
        #expect(plain.contains("  7  ▓░▒\n"))
        #expect(plain.contains("6.12  Business Continuity"))
        let colored = ReportExport.text(Self.report, color: true)
        #expect(colored.contains("\u{1B}[32m█"))
        #expect(colored.contains("\u{1B}[31m░"))
    }

    @Test("HTML pages are well-formed, self-contained and escape every text", arguments: ["report", "roadmap"])
    func html(kind: String) throws {
        let page =
            kind == "report"
            ? ReportExport.html(Self.report) : RoadmapExport.html(Self.roadmapState, curriculum: Self.curriculum)
        try Self.checkWellFormed(page)
        #expect(!page.contains("<Shop>") && !page.contains("\"Hit by a Bus\" <plan>"))
        #expect(!page.contains("<script") && !page.contains("http://") && !page.contains("https://"))
        if kind == "report" {
            #expect(page.contains("Acme &lt;Shop&gt; &amp; Co"))
            #expect(page.contains("class=\"cell learned\""))
        } else {
            #expect(page.contains("checked=\"checked\""))
        }
    }

    /// Parses as XML (XHTML-style) with Foundation's parser where available, else checks tag balance.
    static func checkWellFormed(_ page: String) throws {
        #if canImport(FoundationXML) || os(macOS)
            _ = try XMLDocument(xmlString: page, options: [])
        #else
            try checkTagBalance(page)
        #endif
    }

    static func checkTagBalance(_ page: String) throws {
        var stack: [String] = []
        let regex = try NSRegularExpression(pattern: "<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
        for match in regex.matches(in: page, range: NSRange(page.startIndex..., in: page)) {
            let closing = Range(match.range(at: 1), in: page).map { !page[$0].isEmpty } ?? false
            let name = Range(match.range(at: 2), in: page).map { String(page[$0]) } ?? ""
            let selfClosing = Range(match.range(at: 3), in: page).map { !page[$0].isEmpty } ?? false
            if selfClosing { continue }
            if closing {
                guard stack.popLast() == name else { throw CocoaError(.fileReadCorruptFile) }
            } else {
                stack.append(name)
            }
        }
        #expect(stack.isEmpty)
    }
}
