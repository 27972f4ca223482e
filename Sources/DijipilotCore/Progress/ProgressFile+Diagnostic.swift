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
        let evidence = AnswerEvidence(answers: session.answers, bank: course.bank)
        let plan = RoadmapGenerator.generate(
            curriculum: course.curriculum, result: result, done: doneLessonIDs,
            hoursPerWeek: settings.hoursPerWeek, evidence: evidence.lookup)
        let fresh = RoadmapState(roadmap: plan, generatedAt: date, basedOnDiagnostic: record.id)
        roadmap = roadmap.map { $0.merged(with: fresh) } ?? fresh
        return record
    }
}
