import Foundation
import Testing

@testable import DijipilotCore

@Suite("results over time: every measurement, and when each program was last measured")
struct MeasurementHistoryTests {
    func record(_ id: String, day: Int, _ programs: [(String, Double)]) -> DiagnosticRecord {
        ComparisonExportTests().record(id, day: day, programs, checkpoints: programs.map(\.1))
    }

    var records: [DiagnosticRecord] {
        [
            record("D1", day: 0, [("1", 0.20), ("2", 0.50), ("3", 0.40)]),
            record("D2", day: 30, [("1", 0.40), ("2", 0.55)]),
            record("D3", day: 200, [("1", 0.70), ("2", 0.45)]),
        ]
    }

    func day(_ n: Int) -> Date { RoadmapFixtures.day.addingTimeInterval(Double(n) * 86_400) }

    @Test("each program's latest measurement, taken from the newest diagnostic that measured it")
    func lastMeasured() {
        let last = MeasurementHistory.lastMeasured(records)
        #expect(last.map(\.programID) == ["1", "2", "3"])
        #expect(last.map(\.diagnosticID) == ["D3", "D3", "D1"])
        #expect(last[0].mastery == 0.70 && last[2].mastery == 0.40)
        // Out of order in the file: the date decides, not the position.
        let shuffled = [records[2], records[0], records[1]]
        #expect(MeasurementHistory.lastMeasured(shuffled).map(\.diagnosticID) == ["D3", "D3", "D1"])
        #expect(MeasurementHistory.lastMeasured([]).isEmpty)
    }

    @Test("a result more than 120 days old is stale; 120 days exactly is not")
    func staleness() {
        let last = MeasurementHistory.lastMeasured(records)
        #expect(!last[0].isStale(now: day(210)))
        #expect(last[2].isStale(now: day(210)))
        #expect(!MeasurementHistory.isStale(day(0), now: day(120)))
        #expect(MeasurementHistory.isStale(day(0), now: day(121)))
        #expect(
            MeasurementHistory.phrase(last[2], now: day(210)) == "2025-03-01 (D1), older than 120 days: take a re-check"
        )
        #expect(MeasurementHistory.phrase(last[0], now: day(210)) == "2025-09-17 (D3)")
    }

    @Test("compare --all: one column per diagnostic, the overall row, the change from first to last, old ones marked")
    func historyText() {
        let text = ComparisonExport.historyText(records, now: day(210))
        #expect(text.hasPrefix("Every measurement so far: 3 diagnostics\n"))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("D1 (2025-03-01") && $0.hasSuffix("older than 120 days") })
        #expect(lines.contains { $0.contains("D3 (") && !$0.contains("older") })
        #expect(
            lines.contains {
                $0.contains("Program 1") && $0.contains("20%") && $0.contains("40%") && $0.contains("70%")
                    && $0.hasSuffix("+50")
            })
        #expect(lines.contains { $0.contains("Program 3") && $0.contains("–") && $0.hasSuffix("–") })
        #expect(lines.contains { $0.contains("Overall") })
        #expect(!ComparisonExport.historyText(records).contains("older than"))
    }

    @Test("compare --all as Markdown and JSON: every diagnostic, a value or null per program")
    func historyMarkdownAndJSON() throws {
        let markdown = ComparisonExport.historyMarkdown(records, now: day(210))
        #expect(markdown.contains("| 1 | Program 1 | 20% | 40% | 70% | +50 |"))
        #expect(markdown.contains("| 3 | Program 3 | 40% | – | – | – |"))
        #expect(markdown.contains("_(older than 120 days)_"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(ComparisonExport.historyJSON(records).utf8)) as? [String: Any])
        #expect((json["diagnostics"] as? [[String: Any]])?.count == 3)
        let programs = try #require(json["programs"] as? [[String: Any]])
        #expect(programs.map { $0["id"] as? String } == ["1", "2", "3"])
        let third = try #require(programs[2]["mastery"] as? [Any])
        #expect(third.count == 3 && third[0] as? Double == 0.4 && third[1] is NSNull)
    }

    @Test("the report says when each program was last measured and marks results older than 120 days")
    func reportMarks() throws {
        let curriculum = RoadmapFixtures.exportCurriculum
        var progress = ProgressFile()
        let result = RoadmapFixtures.exportResult
        progress.diagnostics = [
            DiagnosticRecord(id: "D1", takenAt: day(0), contentHash: "h", answers: [], result: result)
        ]
        let old = Report(curriculum: curriculum, record: progress.diagnostics[0], progress: progress, now: day(200))
        let text = ReportExport.text(old), markdown = ReportExport.markdown(old)
        #expect(text.contains("Diagnostic of 2025-03-01 · older than 120 days · "))
        #expect(
            text.contains(
                "Last measured\n  6  Business Strategy & Company Management: 2025-03-01 (D1), older than 120 days: take a re-check\n"
            ))
        #expect(markdown.contains("## Last measured\n\n- 6  Business Strategy "))
        let fresh = Report(curriculum: curriculum, record: progress.diagnostics[0], progress: progress, now: day(10))
        #expect(ReportExport.text(fresh).contains("  7  Marketing: 2025-03-01 (D1)\n"))
        #expect(!ReportExport.text(fresh).contains("older than"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(ReportExport.json(old).utf8)) as? [String: Any])
        let measured = try #require(json["lastMeasured"] as? [[String: Any]])
        #expect(measured.count == 2 && measured[0]["stale"] as? Bool == true)
        let bare = Report(curriculum: curriculum, record: progress.diagnostics[0], progress: progress)
        #expect(!ReportExport.text(bare).contains("Last measured"))
    }
}
