import Foundation

extension ProgressFile {
    /// A first diagnostic limited to `programs` (`assess --programs`): only questions probing their checkpoints may
    /// be asked, with the re-check's machinery (`DiagnosticSession.focusQuestions`); the stopping rules as `config`.
    /// Throws when this file has a diagnostic on `course` already, or no applicable question probes the programs.
    public func scopedSession(programs: [String], course: CourseData, config: DiagnosticConfig) throws
        -> DiagnosticSession
    {
        if let existing = diagnostics.last(where: { $0.contentHash == course.contentHash }) {
            throw ProgramScopeError.alreadyDiagnosed(existing.id)
        }
        let probe = DiagnosticSession(course: course, config: DiagnosticConfig(maxQuestions: 0))
        let questions = probe.questions(
            probing: ProgramScope.lessonIndexes(programs, curriculum: course.curriculum))
        let session = DiagnosticSession(
            course: course, config: config, profile: profile.business, focusQuestions: questions)
        guard session.currentQuestion != nil else { throw ProgramScopeError.nothingToAsk(programs) }
        return session
    }

    /// Records a finished program-scoped diagnostic: its result limited to `programs` (the rest is not assessed,
    /// rather than the engine's guess from the prior), marked with its scope, and the roadmap built from it. A full
    /// diagnostic left unfinished stays resumable.
    @discardableResult
    public mutating func completeScoped(
        session: DiagnosticSession, programs: [String], course: CourseData, at date: Date
    ) -> DiagnosticRecord {
        let pending = inProgress
        let result = session.result().limited(to: programs, curriculum: course.curriculum)
        var record = record(result: result, answers: session.answers, contentHash: course.contentHash, at: date)
        record.scope = programs
        diagnostics[diagnostics.count - 1] = record
        inProgress = pending
        rebuildRoadmap(from: record, course: course, at: date)
        return record
    }
}

extension DiagnosticResult {
    /// The same result about `programs` only: their checkpoints, scores and gaps (not-applicable lessons kept).
    public func limited(to programs: [String], curriculum: Curriculum) -> DiagnosticResult {
        let wanted = Set(programs)
        let kept = curriculum.programs.filter { wanted.contains($0.id) }
        let missions = Set(kept.flatMap { $0.missions.map(\.id) })
        let modules = Set(kept.flatMap { $0.missions.flatMap { $0.modules.map(\.id) } })
        let lessons = Set(
            ProgramScope.lessonIndexes(programs, curriculum: curriculum).map { curriculum.lessons[$0].id })
        var out = self
        out.checkpoints = checkpoints.filter { lessons.contains($0.id) }
        out.programs = self.programs.filter { wanted.contains($0.id) }
        out.missions = self.missions.filter { missions.contains($0.id) }
        out.modules = self.modules.filter { modules.contains($0.id) }
        out.gaps = gaps.filter(lessons.contains)
        return out
    }
}

extension DiagnosticRecord {
    /// The overall mastery this diagnostic measured; nil for one limited to some programs, whose mean over those
    /// programs is not the business's overall.
    public var overallMastery: Double? { scope == nil ? result.overallMastery : nil }
}
