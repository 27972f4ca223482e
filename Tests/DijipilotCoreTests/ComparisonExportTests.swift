import Foundation
import Testing

@testable import DijipilotCore

@Suite("progress over time: comparing two diagnostics")
struct ComparisonExportTests {
    func record(_ id: String, day: Int, _ programs: [(String, Double)], checkpoints: [Double]) -> DiagnosticRecord {
        let result = DiagnosticResult(
            questionsAsked: 20, finishedEarly: false,
            checkpoints: checkpoints.enumerated().map {
                CheckpointResult(id: "1.1.1.\($0.offset + 1)", state: .uncertain, probability: $0.element)
            },
            programs: programs.map { MasteryScore(id: $0.0, title: "Program \($0.0)", mastery: $0.1) },
            missions: [], modules: [], gaps: [])
        return DiagnosticRecord(
            id: id, takenAt: RoadmapFixtures.day.addingTimeInterval(Double(day) * 86_400),
            contentHash: "h", answers: [], result: result)
    }

    @Test("text lists each program before, after and the change in points; a program new or gone says so")
    func text() {
        let a = record("D1", day: 0, [("1", 0.20), ("2", 0.50), ("3", 0.40)], checkpoints: [0.2, 0.4])
        let b = record("D2", day: 7, [("1", 0.62), ("2", 0.47), ("4", 0.10)], checkpoints: [0.6, 0.8])
        let text = ComparisonExport.text(from: a, to: b)
        #expect(text.hasPrefix("Progress from D1 ("))
        #expect(text.contains("30% →  70%  +40 points"))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(
            lines.contains {
                $0.contains("Program 1") && $0.contains("20%") && $0.contains("62%") && $0.hasSuffix("+42")
            })
        #expect(lines.contains { $0.contains("Program 2") && $0.hasSuffix("−3") })
        #expect(lines.contains { $0.contains("Program 4") && $0.hasSuffix("new") })
        #expect(lines.contains { $0.contains("Program 3") && $0.hasSuffix("gone") })
    }

    @Test("JSON carries both sides, the overall change and every program; Markdown is a table")
    func jsonAndMarkdown() throws {
        let a = record("D1", day: 0, [("1", 0.25)], checkpoints: [0.25])
        let b = record("D2", day: 3, [("1", 0.75)], checkpoints: [0.75])
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(ComparisonExport.json(from: a, to: b).utf8)) as? [String: Any])
        #expect((json["from"] as? [String: Any])?["id"] as? String == "D1")
        #expect(json["overallChange"] as? Double == 0.5)
        let programs = try #require(json["programs"] as? [[String: Any]])
        #expect(programs.first?["change"] as? Double == 0.5)
        let markdown = ComparisonExport.markdown(from: a, to: b)
        #expect(markdown.contains("| 1 | Program 1 | 25% | 75% | +50 |"))
    }
}

@Suite("probabilities as people read them")
struct ProbabilityFormatTests {
    @Test("two decimals rounded toward 0.5, so an uncertain 0.848 never prints as the mastered 0.85")
    func towardTheMiddle() {
        #expect(ProbabilityFormat.text(0.848) == "0.84")
        #expect(ProbabilityFormat.text(0.152) == "0.16")
        #expect(ProbabilityFormat.text(0.85) == "0.85")
        #expect(ProbabilityFormat.text(0.5) == "0.50")
        #expect(ProbabilityFormat.text(0.999) == "0.99")
        #expect(ProbabilityFormat.text(0.001) == "0.01")
        #expect(ProbabilityFormat.text(.nan) == "?")
        #expect(ProbabilityFormat.text(0.57) == "0.57")
        #expect(ProbabilityFormat.text(0.29) == "0.29")
    }
}
