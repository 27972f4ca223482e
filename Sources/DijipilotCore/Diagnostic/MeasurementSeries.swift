import Foundation

/// Every measurement in a progress file, oldest first: full diagnostics, focused re-checks (each saves a diagnostic
/// of the merged history) and program-scoped diagnostics, with overall and per-program mastery. What the report's
/// chart over time draws; independent of how it is drawn.
public struct MeasurementSeries: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case diagnostic, recheck, scoped

        /// How the report's key names a marker of this kind.
        public var label: String {
            switch self {
            case .diagnostic: return "full diagnostic"
            case .recheck: return "focused re-check"
            case .scoped: return "diagnostic of some programs"
            }
        }
    }

    public struct Measurement: Sendable, Equatable {
        public var id: String
        public var takenAt: Date
        public var kind: Kind
        /// nil for a program-scoped diagnostic: it measured part of the curriculum, so its mean is not the business's.
        public var overall: Double?
        /// Mastery by program id, for the programs this measurement covers.
        public var programs: [String: Double]
    }

    public let measurements: [Measurement]
    /// Every program measured, in the order the latest measurement lists them, then any only older ones measured.
    public let programs: [(id: String, title: String)]

    public init(records: [DiagnosticRecord], rechecks: [RecheckRecord] = []) {
        let recheckIDs = Set(rechecks.map(\.diagnosticID))
        let sorted = records.enumerated()
            .sorted { ($0.element.takenAt, $0.offset) < ($1.element.takenAt, $1.offset) }.map(\.element)
        measurements = sorted.map { record in
            let kind: Kind = record.scope != nil ? .scoped : (recheckIDs.contains(record.id) ? .recheck : .diagnostic)
            return Measurement(
                id: record.id, takenAt: record.takenAt, kind: kind,
                overall: kind == .scoped ? nil : record.result.overallMastery,
                programs: Dictionary(
                    record.result.programs.map { ($0.id, $0.mastery) }, uniquingKeysWith: { a, _ in a }))
        }
        programs = ComparisonExport.historyPrograms(sorted)
    }

    /// Overall mastery per measurement (nil where a measurement has none).
    public var overall: [Double?] { measurements.map(\.overall) }

    /// One program's mastery per measurement (nil where a measurement did not cover it).
    public func values(program id: String) -> [Double?] { measurements.map { $0.programs[id] } }

    /// The kinds present, in `Kind` order: what the chart's key explains.
    public var kinds: [Kind] { Kind.allCases.filter { kind in measurements.contains { $0.kind == kind } } }
}
