import Foundation

/// When each program was last measured, across every saved diagnostic, and whether that is too long ago to trust:
/// a business changes, so a result older than `staleAfterDays` is marked for a re-check. Independent of any screen:
/// Home, the report and the command line ask the same questions here.
public enum MeasurementHistory {
    /// After this many days a measurement is marked as old (issue 14: 120 days).
    public static let staleAfterDays = 120

    /// One program's latest measurement.
    public struct ProgramMeasurement: Equatable, Sendable {
        public var programID: String
        public var title: String
        public var diagnosticID: String
        public var measuredAt: Date
        public var mastery: Double

        /// True when measured more than `staleAfterDays` before `now`.
        public func isStale(now: Date) -> Bool { MeasurementHistory.isStale(measuredAt, now: now) }
    }

    public static func isStale(_ date: Date, now: Date) -> Bool {
        now.timeIntervalSince(date) > Double(staleAfterDays) * 86_400
    }

    /// Every program any diagnostic measured, in the order the latest measurement lists them (programs only older
    /// ones measured after), each with the latest diagnostic, by date taken, that measured it.
    /// `measures` says whether a record measured a program (a re-check measures only some; default: all).
    public static func lastMeasured(
        _ records: [DiagnosticRecord], measures: (DiagnosticRecord, String) -> Bool = { _, _ in true }
    ) -> [ProgramMeasurement] {
        var latest: [String: ProgramMeasurement] = [:], order: [String] = []
        for record in records.sorted(by: { $0.takenAt > $1.takenAt }) {
            for score in record.result.programs where latest[score.id] == nil && measures(record, score.id) {
                latest[score.id] = ProgramMeasurement(
                    programID: score.id, title: score.title, diagnosticID: record.id, measuredAt: record.takenAt,
                    mastery: score.mastery)
                order.append(score.id)
            }
        }
        return order.compactMap { latest[$0] }
    }

    /// "3 Mar 2025 (D2)", with ", over 120 days ago: take a re-check" when old.
    public static func phrase(_ m: ProgramMeasurement, now: Date) -> String {
        "\(ExportFormatting.day(m.measuredAt)) (\(m.diagnosticID))"
            + (m.isStale(now: now) ? ", older than \(staleAfterDays) days: take a re-check" : "")
    }
}
