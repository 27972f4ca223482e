import Foundation
import Testing

@testable import DijipilotCore

@Suite("the report's chart of results over time (inline SVG)")
struct MeasurementChartTests {
    func day(_ n: Int) -> Date { RoadmapFixtures.day.addingTimeInterval(Double(n) * 86_400) }

    /// A record whose overall mastery is `overall` (one checkpoint) and whose programs have the given masteries.
    func record(_ id: String, day n: Int, overall: Double, _ programs: [(String, String, Double)]) -> DiagnosticRecord {
        let result = DiagnosticResult(
            questionsAsked: 10, finishedEarly: false,
            checkpoints: [CheckpointResult(id: "1.1.1.1", state: .uncertain, probability: overall)],
            programs: programs.map { MasteryScore(id: $0.0, title: $0.1, mastery: $0.2) }, missions: [], modules: [],
            gaps: [])
        return DiagnosticRecord(id: id, takenAt: day(n), contentHash: "h", answers: [], result: result)
    }

    /// D1 full, D2 a re-check of it, D3 a diagnostic of program 2 only (no overall), D4 full: over four months.
    var records: [DiagnosticRecord] {
        var scoped = record("D3", day: 60, overall: 0.9, [("2", "Ads <&> \"Search\"", 0.8)])
        scoped.scope = ["2"]
        return [
            record("D1", day: 0, overall: 0.2, [("1", "Store", 0.1), ("2", "Ads <&> \"Search\"", 0.3)]),
            record("D2", day: 30, overall: 0.5, [("1", "Store", 0.5), ("2", "Ads <&> \"Search\"", 0.4)]),
            scoped,
            record("D4", day: 120, overall: 0.8, [("1", "Store", 0.9), ("2", "Ads <&> \"Search\"", 0.7)]),
        ]
    }

    var rechecks: [RecheckRecord] {
        [RecheckRecord(takenAt: day(30), focus: "program:1", diagnosticID: "D2", checkpoints: [], answers: [])]
    }

    var series: MeasurementSeries { MeasurementSeries(records: records, rechecks: rechecks) }

    /// Every match of `pattern`'s first group in `svg`.
    func captures(_ pattern: String, in svg: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap {
            Range($0.range(at: 1), in: svg).map { String(svg[$0]) }
        }
    }

    func gridY(_ percent: Int, in svg: String) throws -> Double {
        let found = try captures(
            "<line class=\"grid\" data-value=\"\(percent)\" x1=\"[0-9.]+\" y1=\"([0-9.]+)\"", in: svg)
        return try #require(found.first.flatMap(Double.init))
    }

    @Test("the series keeps every measurement by date, says what each was, and has no overall for a scoped one")
    func seriesKinds() {
        let shuffled = MeasurementSeries(records: records.reversed(), rechecks: rechecks)
        #expect(shuffled.measurements.map(\.id) == ["D1", "D2", "D3", "D4"])
        #expect(shuffled.measurements.map(\.kind) == [.diagnostic, .recheck, .scoped, .diagnostic])
        #expect(shuffled.overall == [0.2, 0.5, nil, 0.8])
        #expect(shuffled.values(program: "1") == [0.1, 0.5, nil, 0.9])
        #expect(shuffled.programs.map(\.id) == ["1", "2"])
    }

    @Test("overall chart: one marker per measurement with an overall, 50% mid-axis, x by date, labels and dates")
    func overallChart() throws {
        let svg = MeasurementChart.overall(series)
        #expect(svg.hasPrefix("<svg class=\"chart\"") && svg.hasSuffix("</svg>"))
        #expect(
            try captures("<(?:circle|rect|polygon) class=\"(pt [a-z]+)\"", in: svg) == [
                "pt diagnostic", "pt recheck", "pt diagnostic",
            ])
        let y0 = try gridY(0, in: svg), y50 = try gridY(50, in: svg), y100 = try gridY(100, in: svg)
        #expect(y0 > y100)
        #expect(abs(y50 - (y0 + y100) / 2) < 0.051)
        // The polyline: D1 at the left edge, D2 (day 30 of 120) a quarter of the way, D4 at the right edge.
        let points = try #require(try captures("<polyline class=\"line overall\" points=\"([^\"]+)\"", in: svg).first)
        let xy = points.split(separator: " ").map { $0.split(separator: ",").compactMap { Double($0) } }
        #expect(xy.count == 3)
        let (left, right) = (xy[0][0], xy[2][0])
        #expect(abs(xy[1][0] - (left + (right - left) / 4)) < 0.11)
        #expect(abs(xy[1][1] - y50) < 0.051)
        for label in ["D1", "D2", "D4", "overall 80%", "0%", "50%", "100%", "2025-03-01", "2025-06-29"] {
            #expect(svg.contains(">\(label)</text>"), "\(label)")
        }
        #expect(!svg.contains(">D3</text>"))
        #expect(!svg.contains("<script") && !svg.contains("http"))
    }

    @Test("compare says which diagnostics were re-checks and which covered some programs, and has no overall for those")
    func compareKinds() throws {
        let text = ComparisonExport.overviewText(records, rechecks: rechecks)
        #expect(text.contains("  D2 (2025-03-31, 10 questions), re-check of program:1\n"))
        #expect(text.contains("  D3 (2025-04-30, 10 questions), about programs 2\n"))
        #expect(text.contains("  D1 (2025-03-01, 10 questions)\n"))
        let overall = text.split(separator: "\n").first { $0.contains("Overall") }.map(String.init) ?? ""
        #expect(overall.contains("20%") && overall.contains("50%") && overall.contains("–") && overall.hasSuffix("+60"))
        #expect(text.contains("\nProgress from D3 "))
        let json = try #require(
            try JSONSerialization.jsonObject(
                with: Data(ComparisonExport.historyJSON(records, withLatestChange: true, rechecks: rechecks).utf8))
                as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics[1]["recheck"] as? String == "program:1" && diagnostics[2]["scope"] as? [String] == ["2"])
        #expect(diagnostics[2]["mastery"] == nil && diagnostics[3]["mastery"] as? Double == 0.8)
        #expect((json["latestChange"] as? [String: Any])?["overallChange"] != nil)
    }

    @Test("a program's small chart: its measurements only, the overall dashed behind, the name escaped")
    func programChart() throws {
        let svg = MeasurementChart.program(series, id: "2", title: "Ads <&> \"Search\"")
        #expect(try captures("<(?:circle|rect|polygon) class=\"(pt [a-z]+)\"", in: svg).count == 4)
        #expect(svg.contains("<polygon class=\"pt scoped\""))
        #expect(svg.contains("<title>2 Ads &lt;&amp;&gt; &quot;Search&quot;: mastery over time</title>"))
        #expect(!svg.contains("<&>"))
        #expect(svg.contains("stroke-dasharray=\"4 3\""))
        #expect(svg.contains(">70%</text>"))
        let one = MeasurementChart.program(series, id: "1", title: "Store")
        #expect(try captures("class=\"(pt [a-z]+)\"", in: one).count == 3)
    }

    @Test("the HTML report draws the charts from the progress file, or says there is only one measurement")
    func reportSection() throws {
        let curriculum = RoadmapFixtures.exportCurriculum
        var progress = ProgressFile()
        progress.diagnostics = records
        progress.rechecks = rechecks
        let report = Report(curriculum: curriculum, record: records[3], progress: progress, now: day(130))
        let page = ReportExport.html(report)
        try ExportTests.checkWellFormed(page)
        #expect(page.contains("<h2>Results over time</h2>"))
        #expect(page.contains("Every measurement so far: 2 full diagnostics, 1 focused re-check, 1 diagnostic of some"))
        #expect(page.components(separatedBy: "<figure class=\"multiple\">").count - 1 == 2)
        #expect(page.contains("Ads &lt;&amp;&gt; &quot;Search&quot;</figcaption>") == false)
        #expect(page.contains("<strong>2</strong> Ads &lt;&amp;&gt; &quot;Search&quot;"))
        #expect(page.contains("10% → 90% (+80)"))

        progress.diagnostics = [records[0]]
        progress.rechecks = []
        let single = ReportExport.html(Report(curriculum: curriculum, record: records[0], progress: progress))
        #expect(single.contains("Only one measurement so far (D1, 2025-03-01)"))
        #expect(!single.contains("<svg class=\"chart\""))
        let bare = ReportExport.html(ExportTests.report)
        #expect(!bare.contains("Results over time"))
    }

    @Test("printed, every heatmap state carries its own symbol and no cell keeps a dark fill")
    func printStyles() throws {
        let page = ReportExport.html(ExportTests.report)
        let print = try #require(page.components(separatedBy: "@media print {").last)
        var symbols: [String] = []
        for state in CheckpointDisplayState.allCases {
            let found = try captures("\\.\(state.rawValue)::after \\{ content: \"([^\"]+)\"", in: print)
            #expect(found.count == 1, "\(state)")
            symbols += found
        }
        #expect(Set(symbols).count == CheckpointDisplayState.allCases.count)
        #expect(!print.contains("#1b5e20") && !print.contains("#c62828"))
    }
}
