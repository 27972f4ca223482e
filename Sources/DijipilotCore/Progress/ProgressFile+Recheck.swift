import Foundation

extension ProgressFile {
    /// A re-check session for `focus`: the latest diagnostic's answers as its history, only questions probing the
    /// focus's checkpoints, at most `maxQuestions`, no precision stop (the history is precise already; the point is
    /// to ask again). Throws when the focus names nothing or no question probes it.
    public func recheckSession(
        focus: RecheckFocus, course: CourseData, now: Date, seed: UInt64 = 0,
        maxQuestions: Int = RecheckFocus.defaultMaxQuestions
    ) throws -> (session: DiagnosticSession, checkpoints: [String]) {
        guard let latest = latestDiagnostic, latest.contentHash == course.contentHash else {
            throw RecheckError.noDiagnostic
        }
        let ids = try focus.checkpoints(course: course, progress: self, now: now)
        let indexes = Set(ids.compactMap { course.curriculum.indexByID[$0] })
        let config = DiagnosticConfig(
            maxQuestions: maxQuestions, seed: seed, stopUncertainty: 0, minInformation: 0.01, minQuestions: 0)
        let probe = DiagnosticSession(course: course, config: DiagnosticConfig(maxQuestions: 0))
        let questions = probe.questions(probing: indexes)
        guard !indexes.isEmpty, !questions.isEmpty else { throw RecheckError.nothingToCheck(focus) }
        let session = DiagnosticSession(
            course: course, config: config, profile: profile.business, baseline: latest.answers,
            focusQuestions: questions)
        guard session.currentQuestion != nil else { throw RecheckError.nothingToCheck(focus) }
        return (session, ids)
    }

    /// Records a finished re-check: a new diagnostic from the merged history (the latest answer to a question
    /// replacing the older one), the moves against the estimate before it, done lessons confirmed (assessed
    /// mastered) or contradicted (back on the roadmap, the reason saying so), and the roadmap rebuilt.
    @discardableResult
    public mutating func completeRecheck(
        session: DiagnosticSession, focus: RecheckFocus, checkpoints: [String], course: CourseData, at date: Date
    ) -> RecheckRecord {
        let before = session.replaying([]).probabilities
        var result = session.result()
        let merged = session.mergedAnswers
        // A re-check on a diagnostic about some programs stays about programs: those and the ones it asked about.
        let scope = latestDiagnostic?.scope.map { base -> [String] in
            let curriculum = course.curriculum
            let asked = Set(
                checkpoints.compactMap { curriculum.indexByID[$0].map { curriculum.locations[$0].program } })
            return curriculum.programs.indices.filter {
                base.contains(curriculum.programs[$0].id) || asked.contains($0)
            }
            .map { curriculum.programs[$0].id }
        }
        if let scope { result = result.limited(to: scope, curriculum: course.curriculum) }
        var diagnostic = record(result: result, answers: merged, contentHash: course.contentHash, at: date)
        if let scope {
            diagnostic.scope = scope
            diagnostics[diagnostics.count - 1] = diagnostic
        }
        let lessons = course.curriculum.lessons
        var moves: [CheckpointMove] = []
        for (i, (a, b)) in zip(before, session.probabilities).enumerated() where abs(b - a) >= CheckpointMove.threshold
        {
            moves.append(CheckpointMove(lessonID: lessons[i].id, before: a, after: b))
        }
        moves.sort { abs($0.change) != abs($1.change) ? abs($0.change) > abs($1.change) : $0.lessonID < $1.lessonID }

        let states = Dictionary(result.checkpoints.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let done = doneLessonIDs
        var confirmed: [String] = [], contradicted: [String] = []
        // A done lesson the re-check asked about is confirmed when its answers leave it more likely in place than
        // not, and contradicted otherwise; one no re-check answer probed stays as it was.
        let probed = Set(
            session.answers.flatMap { a in course.bank.questions.first { $0.id == a.questionID }?.checkpoints ?? [] })
        for id in checkpoints where done.contains(id) && probed.contains(id) {
            guard let p = states[id]?.probability else { continue }
            if p >= 0.5 { confirmed.append(id) } else { contradicted.append(id) }
        }
        for id in contradicted { setStatus(lessonID: id, status: .todo, at: date) }

        let evidence = AnswerEvidence(answers: merged, bank: course.bank)
        let plan = RoadmapGenerator.generate(
            curriculum: course.curriculum, result: result, done: doneLessonIDs,
            hoursPerWeek: settings.hoursPerWeek, evidence: evidence.lookup)
        let fresh = RoadmapState(roadmap: plan, generatedAt: date, basedOnDiagnostic: diagnostic.id)
        var state = roadmap.map { $0.merged(with: fresh) } ?? fresh
        let asked = AnswerEvidence(answers: session.answers, bank: course.bank)
        for id in contradicted {
            let reason = Self.recheckReason(id, probability: states[id]?.probability ?? 0, evidence: asked, at: date)
            if let i = state.items.firstIndex(where: { $0.lessonID == id }) {
                state.items[i].reason = reason
                if state.items[i].week == 0 { state.items[i].week = max(1, state.weekNumbers.first { $0 > 0 } ?? 1) }
            } else {
                state.items.insert(RoadmapItem(lessonID: id, week: 1, reason: reason), at: 0)
            }
        }
        roadmap = state

        let record = RecheckRecord(
            takenAt: date, focus: focus.description, diagnosticID: diagnostic.id, checkpoints: checkpoints,
            answers: session.answers, moves: moves, confirmed: confirmed, contradicted: contradicted)
        rechecks.append(record)
        return record
    }

    /// "re-checked on 3 Mar: you answered “…” (question 2); now 12% likely in place" (the day as issue 14 words it).
    static func recheckReason(_ id: String, probability: Double, evidence: AnswerEvidence, at date: Date) -> String {
        var text = "re-checked on \(DayWording.short(date)): "
        if let item = evidence(id).first {
            text += "you answered \u{201C}\(item.label)\u{201D} (question \(item.questionNumber)); "
        }
        return text + "now \(Int((probability * 100).rounded()))% likely in place"
    }

    /// Done lessons a re-check confirmed and no later re-check contradicted.
    public var assessedMasteredLessonIDs: Set<String> { Set(assessedMastered.keys) }

    /// The same, each with the day of the re-check that confirmed it last.
    public var assessedMastered: [String: Date] {
        guard !rechecks.isEmpty else { return [:] }
        var confirmed: [String: Date] = [:]
        for record in rechecks.sorted(by: { $0.takenAt < $1.takenAt }) {
            for id in record.confirmed { confirmed[id] = record.takenAt }
            for id in record.contradicted { confirmed[id] = nil }
        }
        let done = doneLessonIDs
        return confirmed.filter { done.contains($0.key) }
    }
}
