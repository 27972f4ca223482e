import Foundation

/// Every measurement so far, oldest first, as the app's history lists it (issue 14): each full diagnostic and
/// each re-check with the questions it asked, the overall mastery and its change from the one before, and each
/// program's mastery in every measurement. `dijipilot compare --all` reads the same records
/// (`ComparisonExport.historyText`); the programs come in the same order.
public struct MeasurementTimeline: Equatable, Sendable {
    /// What one measurement was.
    public enum Kind: Equatable, Sendable {
        case diagnostic
        /// A focused re-check; `focus` as saved ("program:14", "done", …).
        case recheck(focus: String)
    }

    public struct Entry: Equatable, Sendable {
        public var diagnosticID: String
        public var takenAt: Date
        public var kind: Kind
        /// The questions this measurement asked (a re-check's record holds the merged history, so its own answers).
        public var questionsAsked: Int
        public var overall: Double
        /// `overall` minus the previous measurement's; nil for the first.
        public var change: Double?
    }

    public struct ProgramRow: Equatable, Sendable {
        public var id: String
        public var title: String
        /// One per entry; nil where that measurement did not score the program.
        public var mastery: [Double?]
        /// From the first measurement to the last that has a value; nil with fewer than two.
        public var change: Double?
    }

    public var entries: [Entry]
    public var programs: [ProgramRow]

    public init(_ progress: ProgressFile) {
        let records = progress.diagnostics.sorted { $0.takenAt < $1.takenAt }
        let rechecks = Dictionary(progress.rechecks.map { ($0.diagnosticID, $0) }, uniquingKeysWith: { a, _ in a })
        var entries: [Entry] = []
        for record in records {
            let recheck = rechecks[record.id]
            let overall = record.result.overallMastery
            entries.append(
                Entry(
                    diagnosticID: record.id, takenAt: record.takenAt,
                    kind: recheck.map { .recheck(focus: $0.focus) } ?? .diagnostic,
                    questionsAsked: recheck?.answers.count ?? record.result.questionsAsked, overall: overall,
                    change: entries.last.map { overall - $0.overall }))
        }
        self.entries = entries
        programs = ComparisonExport.historyPrograms(records).map { p in
            let values = records.map { ComparisonExport.mastery($0, program: p.id) }
            return ProgramRow(id: p.id, title: p.title, mastery: values, change: ComparisonExport.changeValue(values))
        }
    }

    /// The overall mastery's change from the first measurement to the latest; nil with fewer than two.
    public var overallChange: Double? { ComparisonExport.changeValue(entries.map(\.overall)) }
}

extension MeasurementTimeline.Kind {
    /// "full diagnostic", "re-check · program 14", "re-check · done lessons".
    public var label: String {
        switch self {
        case .diagnostic: return "full diagnostic"
        case .recheck(let focus): return "re-check · " + (RecheckFocus(focus)?.label ?? focus)
        }
    }
}

extension RecheckFocus {
    /// How the focus reads for a person: "program 14", "mission 6.12", "done lessons", "stale checkpoints".
    public var label: String {
        switch self {
        case .program(let id): return "program \(id)"
        case .mission(let id): return "mission \(id)"
        case .done: return "done lessons"
        case .stale: return "stale checkpoints"
        }
    }
}
