import Foundation

extension MeasurementHistory {
    /// Each program's latest measurement in `progress`. A full diagnostic measures every program it scores; a
    /// re-check only the programs of the checkpoints it probed: its record carries the other programs' older
    /// estimates over, and those were not measured again that day.
    public static func lastMeasured(_ progress: ProgressFile, curriculum: Curriculum) -> [ProgramMeasurement] {
        // Only the re-checks' lessons are looked up (Home rebuilds this on each change of the progress file).
        let ranges = curriculum.programRanges
        func program(of lessonID: String) -> String? {
            guard let i = curriculum.indexByID[lessonID], let p = ranges.firstIndex(where: { $0.contains(i) }) else {
                return nil
            }
            return curriculum.programs[p].id
        }
        let recheckPrograms = Dictionary(
            progress.rechecks.map { ($0.diagnosticID, Set($0.checkpoints.compactMap(program(of:)))) },
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
    ///
    /// Cheap when nothing is due (Home asks on every change of the progress file): each focus is looked at only
    /// when a lesson was marked done since, or some diagnostic is old enough to hold stale evidence.
    public func dueRecheck(course: CourseData, now: Date) -> DueRecheck? {
        guard let latest = latestDiagnostic, latest.contentHash == course.contentHash else { return nil }
        let doneSince =
            roadmap?.items.contains { $0.status == .done && ($0.doneAt ?? .distantPast) > latest.takenAt } ?? false
        if doneSince, let ids = try? RecheckFocus.done.checkpoints(course: course, progress: self, now: now) {
            var unprobed = Set(ids)
            for question in course.bank.questions where !unprobed.isEmpty {
                for id in question.checkpoints { unprobed.remove(id) }
            }
            let probed = ids.filter { !unprobed.contains($0) }
            if !probed.isEmpty { return DueRecheck(focus: .done, lessonIDs: probed) }
        }
        // Evidence is dated by the diagnostics that hold it, so none is stale unless one of them is (and every
        // stale checkpoint has an answer, so some question probes it).
        guard diagnostics.contains(where: { MeasurementHistory.isStale($0.takenAt, now: now) }),
            let ids = try? RecheckFocus.stale.checkpoints(course: course, progress: self, now: now), !ids.isEmpty
        else { return nil }
        return DueRecheck(focus: .stale, lessonIDs: ids)
    }
}
