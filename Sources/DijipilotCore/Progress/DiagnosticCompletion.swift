import Foundation

extension ProgressFile {
    /// Records a finished diagnostic and rebuilds the roadmap from it, keeping what was already done.
    /// The app and `dijipilot assess` both end a diagnostic through here, so both save the same things.
    @discardableResult
    public mutating func complete(session: DiagnosticSession, course: CourseData, at date: Date) -> DiagnosticRecord {
        let result = session.result()
        let record = record(result: result, answers: session.answers, contentHash: course.contentHash, at: date)
        let evidence = AnswerEvidence(answers: session.answers, bank: course.bank)
        let roadmap = RoadmapGenerator.generate(curriculum: course.curriculum, result: result, done: doneLessonIDs,
                                                hoursPerWeek: settings.hoursPerWeek, evidence: evidence.lookup)
        let fresh = RoadmapState(roadmap: roadmap, generatedAt: date, basedOnDiagnostic: record.id)
        self.roadmap = self.roadmap.map { $0.merged(with: fresh) } ?? fresh
        return record
    }
}
