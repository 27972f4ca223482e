import Foundation

/// What a report shows: a diagnostic result with the lessons done since, and where it came from.
public struct Report: Sendable {
    public var view: MasteryView
    public var result: DiagnosticResult
    public var businessName: String?
    public var takenAt: Date?
    /// When each program was last measured, and the day the report is made (to mark old results); empty and nil
    /// for a report of a bare result.
    public var lastMeasured: [MeasurementHistory.ProgramMeasurement] = []
    public var now: Date?
    /// Every measurement in the progress file, for the HTML report's chart over time; empty for a bare result.
    public var history = MeasurementSeries(records: [])
    /// The programs a diagnostic taken with `assess --programs` covered: the report shows those, and its overall is
    /// theirs; nil for a full diagnostic.
    public var scope: [String]?
    public var curriculum: Curriculum { view.curriculum }

    public init(
        curriculum: Curriculum, result: DiagnosticResult, done: Set<String> = [], doneAnyway: Set<String> = [],
        businessName: String? = nil, takenAt: Date? = nil
    ) {
        self.view = MasteryView(curriculum: curriculum, result: result, done: done, doneAnyway: doneAnyway)
        self.result = result; self.businessName = businessName; self.takenAt = takenAt
    }

    /// The report for a saved diagnostic, with the roadmap's done lessons counted; given `now`, it says when each
    /// program was last measured and marks results older than `MeasurementHistory.staleAfterDays`.
    public init(curriculum: Curriculum, record: DiagnosticRecord, progress: ProgressFile, now: Date? = nil) {
        self.init(
            curriculum: curriculum, result: record.result, done: progress.doneLessonIDs,
            doneAnyway: progress.doneAnywayLessonIDs,
            businessName: progress.profile.businessName, takenAt: record.takenAt)
        history = MeasurementSeries(records: progress.diagnostics, rechecks: progress.rechecks)
        scope = record.scope
        if let now {
            self.now = now
            lastMeasured = MeasurementHistory.lastMeasured(progress, curriculum: curriculum)
        }
    }

    /// Indexes of the programs the report lists: every one, or those a scoped diagnostic covered.
    var programIndexes: [Int] {
        curriculum.programs.indices.filter { p in scope.map { $0.contains(curriculum.programs[p].id) } ?? true }
    }

    /// Mean mastery over the applicable checkpoints of the listed programs (all of them for a full diagnostic).
    var overallMastery: Double {
        guard scope != nil else { return view.overallMastery }
        var sum = 0.0, count = 0
        for p in programIndexes {
            for i in curriculum.programRanges[p] where view.applicable[i] { sum += view.value(at: i); count += 1 }
        }
        return count == 0 ? 0 : sum / Double(count)
    }

    /// "Overall" or "Overall (programs 7-11)".
    var overallLabel: String { scope.map { "Overall (programs \(ProgramScope.describe($0)))" } ?? "Overall" }

    /// "Last measured" lines, one per program: empty without `now`.
    var measuredLines: [String] {
        guard let now else { return [] }
        return lastMeasured.map { "\($0.programID)  \($0.title): \(MeasurementHistory.phrase($0, now: now))" }
    }

    /// One gap still open: missing or uncertain and not done since, in the result's order of importance.
    public struct Gap: Sendable {
        public var id: String
        public var title: String
        public var state: CheckpointDisplayState
        public var probability: Double
    }

    public var gaps: [Gap] {
        result.gaps.compactMap { id in
            guard let i = curriculum.indexByID[id] else { return nil }
            let state = view.states[i]
            guard state == .missing || state == .uncertain else { return nil }
            return Gap(
                id: id, title: curriculum.lessons[i].title, state: state, probability: view.probabilities[i] ?? 0)
        }
    }

    var title: String {
        businessName.map { "Dijipilot report: \($0)" } ?? "Dijipilot report"
    }

    var subtitle: String {
        var parts: [String] = []
        if let takenAt {
            parts.append("diagnostic of \(ExportFormatting.day(takenAt))")
            if let now, MeasurementHistory.isStale(takenAt, now: now) {
                parts.append("older than \(MeasurementHistory.staleAfterDays) days")
            }
        }
        if let scope { parts.append("about programs \(ProgramScope.describe(scope)) only") }
        parts.append(ExportFormatting.plural(result.questionsAsked, "question") + " answered")
        if result.finishedEarly { parts.append("finished early, so the result is less certain") }
        let text = parts.joined(separator: " · ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// `3 mastered · 1 learned · …` in the legend's order.
    var countsLine: String {
        let counts = view.counts
        return CheckpointDisplayState.allCases.map { "\(counts[$0] ?? 0) \($0.label)" }.joined(separator: " · ")
    }
}
