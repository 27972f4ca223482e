import Foundation

extension MeasurementHistory {
    /// Each program's latest measurement in `progress`. A full diagnostic measures every program it scores; a
    /// re-check only the programs of the checkpoints it probed: its record carries the other programs' older
    /// estimates over, and those were not measured again that day.
    public static func lastMeasured(_ progress: ProgressFile, curriculum: Curriculum) -> [ProgramMeasurement] {
        var programOf: [String: String] = [:]
        for (p, range) in curriculum.programRanges.enumerated() {
            for i in range { programOf[curriculum.lessons[i].id] = curriculum.programs[p].id }
        }
        let recheckPrograms = Dictionary(
            progress.rechecks.map { ($0.diagnosticID, Set($0.checkpoints.compactMap { programOf[$0] })) },
            uniquingKeysWith: { a, b in a.union(b) })
        return lastMeasured(progress.diagnostics) { record, programID in
            recheckPrograms[record.id]?.contains(programID) ?? true
        }
    }
}

/// A re-check worth taking now, as Home suggests it (issue 14): the lessons marked done since the last check
/// ("verify what you finished"), else the checkpoints whose latest evidence is older than
/// `MeasurementHistory.staleAfterDays`.
public struct DueRecheck: Equatable, Sendable {
    /// `.done` or `.stale`: what `ProgressFile.recheckSession` is started with.
    public var focus: RecheckFocus
    /// The lessons it would check, each probed by at least one question.
    public var lessonIDs: [String]

    public init(focus: RecheckFocus, lessonIDs: [String]) { self.focus = focus; self.lessonIDs = lessonIDs }
}

extension ProgressFile {
    /// The re-check due now, done lessons first (the founder's own fresh work), or nil when nothing is due or
    /// there is no diagnostic of this course to build on. Lessons no question probes are left out: a re-check
    /// could not ask about them.
    public func dueRecheck(course: CourseData, now: Date) -> DueRecheck? {
        guard let latest = latestDiagnostic, latest.contentHash == course.contentHash else { return nil }
        let probed = Set(course.bank.questions.flatMap(\.checkpoints))
        for focus in [RecheckFocus.done, .stale] {
            let ids = ((try? focus.checkpoints(course: course, progress: self, now: now)) ?? []).filter(probed.contains)
            if !ids.isEmpty { return DueRecheck(focus: focus, lessonIDs: ids) }
        }
        return nil
    }
}
