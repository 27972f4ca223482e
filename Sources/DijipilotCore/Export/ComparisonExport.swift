import Foundation

extension DiagnosticResult {
    /// The mean probability of mastery over every checkpoint: the overall score two diagnostics are compared by.
    public var overallMastery: Double {
        checkpoints.isEmpty ? 0 : checkpoints.reduce(0) { $0 + $1.probability } / Double(checkpoints.count)
    }
}

extension ProgressFile {
    /// The overall mastery's change from the diagnostic before the latest to the latest; nil with fewer than two.
    public var overallChangeSincePrevious: (previous: DiagnosticRecord, delta: Double)? {
        guard diagnostics.count >= 2 else { return nil }
        let previous = diagnostics[diagnostics.count - 2]
        return (previous, diagnostics[diagnostics.count - 1].result.overallMastery - previous.result.overallMastery)
    }
}

/// Progress over time: how each program's mastery moved from one diagnostic to another, as text, Markdown or JSON.
public enum ComparisonExport {
    /// The change in whole percentage points, signed ("+12", "−3", "±0"); "new" or "gone" when one side is missing.
    public static func points(_ change: MasteryChange) -> String {
        guard let before = change.before else { return "new" }
        guard let after = change.after else { return "gone" }
        return signedPoints(after - before)
    }

    /// A change of mastery in whole percentage points, signed: 0.123 → 12, −0.03 → −3.
    public static func pointsValue(_ delta: Double) -> Int {
        ExportFormatting.percentValue(abs(delta)) * (delta < 0 ? -1 : 1)
    }

    /// The same spelled for people: "+12", "−3", "±0".
    public static func signedPoints(_ delta: Double) -> String {
        let value = pointsValue(delta)
        return value > 0 ? "+\(value)" : (value < 0 ? "−\(-value)" : "±0")
    }

    /// "D2  2026-12-01  30 questions  overall 57%": one saved diagnostic in a list.
    public static func listLine(_ record: DiagnosticRecord) -> String {
        "\(record.id)  \(ExportFormatting.day(record.takenAt))  \(ExportFormatting.plural(record.result.questionsAsked, "question"))"
            + "  overall \(ExportFormatting.percent(record.result.overallMastery))"
    }

    static func describe(_ record: DiagnosticRecord) -> String {
        "\(record.id) (\(ExportFormatting.day(record.takenAt)), \(ExportFormatting.plural(record.result.questionsAsked, "question")))"
    }

    public static func text(from a: DiagnosticRecord, to b: DiagnosticRecord) -> String {
        let changes = DiagnosticComparison.compare(a.result, b.result)
        var lines = ["Progress from \(describe(a)) to \(describe(b))", ""]
        let overall = b.result.overallMastery - a.result.overallMastery
        lines.append(
            "Overall  \(pad(ExportFormatting.percent(a.result.overallMastery), 4)) → \(pad(ExportFormatting.percent(b.result.overallMastery), 4))  \(signedPoints(overall)) points"
        )
        lines.append("")
        let titleWidth = min(48, changes.map { $0.title.count }.max() ?? 10)
        lines.append(
            "  " + pad("#", 3, left: false) + "  " + pad("Program", titleWidth, left: false) + "  before  after  change"
        )
        for change in changes {
            let title =
                change.title.count > titleWidth ? String(change.title.prefix(titleWidth - 1)) + "…" : change.title
            lines.append(
                "  " + pad(change.programID, 3, left: false) + "  " + pad(title, titleWidth, left: false)
                    + "  " + pad(change.before.map(ExportFormatting.percent) ?? "–", 6)
                    + "  " + pad(change.after.map(ExportFormatting.percent) ?? "–", 5)
                    + "  " + pad(points(change), 6))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(from a: DiagnosticRecord, to b: DiagnosticRecord) -> String {
        let changes = DiagnosticComparison.compare(a.result, b.result)
        let overall = b.result.overallMastery - a.result.overallMastery
        var lines = [
            "# Progress from \(ExportFormatting.markdown(describe(a))) to \(ExportFormatting.markdown(describe(b)))",
            "",
            "Overall mastery: \(ExportFormatting.percent(a.result.overallMastery)) → \(ExportFormatting.percent(b.result.overallMastery)) (\(signedPoints(overall)) points)",
            "",
            "| # | Program | before | after | change |", "|---:|---|---:|---:|---:|",
        ]
        for change in changes {
            lines.append(
                "| \(change.programID) | \(ExportFormatting.markdown(change.title)) | \(change.before.map(ExportFormatting.percent) ?? "–") | \(change.after.map(ExportFormatting.percent) ?? "–") | \(points(change)) |"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(from a: DiagnosticRecord, to b: DiagnosticRecord) -> String {
        ExportFormatting.json(PairDocument(from: a, to: b))
    }

    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    static func pad(_ text: String, _ width: Int, left: Bool = true) -> String {
        let gap = String(repeating: " ", count: max(0, width - text.count))
        return left ? gap + text : text + gap
    }
}

/// The change from one diagnostic to another as JSON: `compare --from --to`, and `latestChange` in `compare`'s.
struct PairDocument: Encodable {
    struct Side: Encodable { var id: String; var takenAt: Date; var questionsAsked: Int; var mastery: Double }
    struct Program: Encodable {
        var id: String; var title: String; var before: Double?; var after: Double?; var change: Double?
    }
    var from: Side, to: Side, overallChange: Double, programs: [Program]

    init(from a: DiagnosticRecord, to b: DiagnosticRecord) {
        func side(_ r: DiagnosticRecord) -> Side {
            Side(
                id: r.id, takenAt: r.takenAt, questionsAsked: r.result.questionsAsked,
                mastery: ComparisonExport.rounded(r.result.overallMastery))
        }
        from = side(a); to = side(b)
        overallChange = ComparisonExport.rounded(b.result.overallMastery - a.result.overallMastery)
        programs = DiagnosticComparison.compare(a.result, b.result).map {
            Program(
                id: $0.programID, title: $0.title, before: $0.before.map(ComparisonExport.rounded),
                after: $0.after.map(ComparisonExport.rounded), change: $0.change.map(ComparisonExport.rounded))
        }
    }
}
