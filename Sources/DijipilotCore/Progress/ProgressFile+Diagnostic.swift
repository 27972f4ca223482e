import Foundation

extension ProgressFile {
    /// Records a finished (or user-finished) diagnostic and rebuilds the roadmap from it.
    ///
    /// Stores the session's result and answers as a new `DiagnosticRecord` (clearing `inProgress`), generates a
    /// roadmap from that result (lessons marked done stay done, the answers give the reasons) and merges it with
    /// the previous roadmap so statuses carry over. The TUI and the headless `dijipilot assess` share this.
    /// Call it when `session.isFinished` (after `finish()` for an early stop); the caller saves the file.
    @discardableResult
    public mutating func complete(session: DiagnosticSession, course: CourseData, at date: Date) -> DiagnosticRecord {
        let result = session.result()
        let record = record(result: result, answers: session.answers, contentHash: course.contentHash, at: date)
        rebuildRoadmap(from: record, course: course, at: date)
        return record
    }

    /// Builds the roadmap from a diagnostic just recorded (lessons marked done stay done, its answers give the
    /// reasons) and merges it with the previous one so statuses carry over.
    mutating func rebuildRoadmap(from record: DiagnosticRecord, course: CourseData, at date: Date) {
        let evidence = AnswerEvidence(answers: record.answers, bank: course.bank)
        let plan = RoadmapGenerator.generate(
            curriculum: course.curriculum, result: record.result, done: doneLessonIDs,
            hoursPerWeek: settings.hoursPerWeek, evidence: evidence.lookup)
        let fresh = RoadmapState(roadmap: plan, generatedAt: date, basedOnDiagnostic: record.id)
        roadmap = roadmap.map { $0.merged(with: fresh) } ?? fresh
    }
}
