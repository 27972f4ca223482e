import Foundation

/// Every measurement so far, not only two: overall and per-program mastery in each saved diagnostic, oldest first,
/// as text, Markdown or JSON (`dijipilot compare --all`), and with the change between the last two after it
/// (`dijipilot compare`, the default). A diagnostic limited to some programs has no overall figure ("–").
extension ComparisonExport {
    /// Programs in the order the latest diagnostic lists them, then any only older ones measured.
    static func historyPrograms(_ records: [DiagnosticRecord]) -> [(id: String, title: String)] {
        var seen = Set<String>(), out: [(id: String, title: String)] = []
        for record in records.reversed() {
            for p in record.result.programs where seen.insert(p.id).inserted { out.append((p.id, p.title)) }
        }
        return out
    }

    static func mastery(_ record: DiagnosticRecord, program id: String) -> Double? {
        record.result.programs.first { $0.id == id }?.mastery
    }

    /// ", re-check of program:7" or ", about programs 7-11" after a diagnostic's description; "" for a full one.
    static func kindNote(_ record: DiagnosticRecord, rechecks: [RecheckRecord]) -> String {
        if let scope = record.scope { return ", about programs \(ProgramScope.describe(scope))" }
        if let recheck = rechecks.first(where: { $0.diagnosticID == record.id }) {
            return ", re-check of \(recheck.focus)"
        }
        return ""
    }

    /// `now` marks the diagnostics older than `MeasurementHistory.staleAfterDays` (nil: no marks); `rechecks` name
    /// the diagnostics that are focused re-checks.
    public static func historyText(_ records: [DiagnosticRecord], now: Date? = nil, rechecks: [RecheckRecord] = [])
        -> String
    {
        let programs = historyPrograms(records)
        let titleWidth = min(32, max(7, programs.map { $0.title.count }.max() ?? 7))
        func cell(_ value: Double?) -> String { pad(value.map(ExportFormatting.percent) ?? "–", 5) }
        var lines = ["Every measurement so far: \(ExportFormatting.plural(records.count, "diagnostic"))", ""]
        for record in records {
            let old = now.map { MeasurementHistory.isStale(record.takenAt, now: $0) } ?? false
            lines.append(
                "  " + describe(record) + kindNote(record, rechecks: rechecks)
                    + (old ? "  older than \(MeasurementHistory.staleAfterDays) days" : ""))
        }
        lines.append("")
        let head = "  " + pad("#", 3, left: false) + "  " + pad("Program", titleWidth, left: false)
        lines.append(head + records.map { " " + pad($0.id, 5) }.joined() + "  change")
        let overall = records.map(\.overallMastery)
        lines.append(
            "  " + pad("", 3, left: false) + "  " + pad("Overall", titleWidth, left: false)
                + overall.map { " " + cell($0) }.joined() + "  " + pad(change(overall), 6))
        for program in programs {
            let title =
                program.title.count > titleWidth ? String(program.title.prefix(titleWidth - 1)) + "…" : program.title
            let values = records.map { mastery($0, program: program.id) }
            lines.append(
                "  " + pad(program.id, 3, left: false) + "  " + pad(title, titleWidth, left: false)
                    + values.map { " " + cell($0) }.joined() + "  " + pad(change(values), 6))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func historyMarkdown(
        _ records: [DiagnosticRecord], now: Date? = nil, rechecks: [RecheckRecord] = []
    ) -> String {
        let md = ExportFormatting.markdown
        var lines = ["# Every measurement so far", ""]
        for record in records {
            let old = now.map { MeasurementHistory.isStale(record.takenAt, now: $0) } ?? false
            lines.append(
                "- \(md(describe(record) + kindNote(record, rechecks: rechecks)))"
                    + (old ? " _(older than \(MeasurementHistory.staleAfterDays) days)_" : ""))
        }
        lines += [
            "", "| # | Program |" + records.map { " \(md($0.id)) |" }.joined() + " change |",
            "|---:|---|" + String(repeating: "---:|", count: records.count) + "---:|",
        ]
        func cell(_ value: Double?) -> String { value.map(ExportFormatting.percent) ?? "–" }
        let overall = records.map(\.overallMastery)
        lines.append("| | **Overall** |" + overall.map { " \(cell($0)) |" }.joined() + " \(change(overall)) |")
        for program in historyPrograms(records) {
            let values = records.map { mastery($0, program: program.id) }
            lines.append(
                "| \(md(program.id)) | \(md(program.title)) |" + values.map { " \(cell($0)) |" }.joined()
                    + " \(change(values)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// With `withLatestChange`, the change between the last two as `latestChange` (what `compare` prints).
    public static func historyJSON(
        _ records: [DiagnosticRecord], withLatestChange: Bool = false, rechecks: [RecheckRecord] = []
    ) -> String {
        struct Measurement: Encodable {
            var id: String; var takenAt: Date; var questionsAsked: Int; var mastery: Double?; var scope: [String]?
            /// The re-check's focus, for a diagnostic a focused re-check saved.
            var recheck: String?
        }
        let focus = Dictionary(rechecks.map { ($0.diagnosticID, $0.focus) }, uniquingKeysWith: { a, _ in a })
        struct Program: Encodable { var id, title: String; var mastery: [Double?] }
        struct Document: Encodable {
            var diagnostics: [Measurement]; var programs: [Program]; var latestChange: PairDocument?
        }
        return ExportFormatting.json(
            Document(
                diagnostics: records.map {
                    Measurement(
                        id: $0.id, takenAt: $0.takenAt, questionsAsked: $0.result.questionsAsked,
                        mastery: $0.overallMastery.map(rounded), scope: $0.scope, recheck: focus[$0.id])
                },
                programs: historyPrograms(records).map { p in
                    Program(id: p.id, title: p.title, mastery: records.map { mastery($0, program: p.id).map(rounded) })
                },
                latestChange: withLatestChange ? latestPair(records).map { PairDocument(from: $0.0, to: $0.1) } : nil))
    }

    /// The last two diagnostics by position (the order taken), when there are two.
    static func latestPair(_ records: [DiagnosticRecord]) -> (DiagnosticRecord, DiagnosticRecord)? {
        records.count >= 2 ? (records[records.count - 2], records[records.count - 1]) : nil
    }

    /// What `dijipilot compare` shows by default: every measurement, then the change between the last two (or a
    /// sentence when only one is saved).
    public static func overviewText(_ records: [DiagnosticRecord], now: Date? = nil, rechecks: [RecheckRecord] = [])
        -> String
    {
        let history = historyText(records, now: now, rechecks: rechecks)
        guard let (a, b) = latestPair(records) else { return history + "\n" + onlyOne(records) + "\n" }
        return history + "\n" + text(from: a, to: b)
    }

    public static func overviewMarkdown(
        _ records: [DiagnosticRecord], now: Date? = nil, rechecks: [RecheckRecord] = []
    ) -> String {
        let history = historyMarkdown(records, now: now, rechecks: rechecks)
        guard let (a, b) = latestPair(records) else { return history + "\n" + onlyOne(records) + "\n" }
        return history + "\n#" + markdown(from: a, to: b)
    }

    static func onlyOne(_ records: [DiagnosticRecord]) -> String {
        "Only one measurement so far (\(records.first?.id ?? "none")): take a re-check or another diagnostic later to see the change."
    }

    /// From the first measurement to the last that has a value, in signed points; "–" with fewer than two.
    static func change(_ values: [Double?]) -> String { changeValue(values).map(signedPoints) ?? "–" }

    /// From the first measurement to the last that has a value; nil with fewer than two.
    static func changeValue(_ values: [Double?]) -> Double? {
        let present = values.compactMap { $0 }
        guard present.count >= 2 else { return nil }
        return present[present.count - 1] - present[0]
    }
}
