import Foundation

/// One adaptive diagnostic: the answers so far, what they imply for every checkpoint, and the next question.
///
/// A value type whose state is always recomputed from `answers`, so going back or changing an answer gives exactly
/// what a fresh session with the edited list gives. The course's model is built once and shared between copies.
public struct DiagnosticSession: Sendable {
    public let course: CourseData
    public let config: DiagnosticConfig
    /// The business the diagnostic is about: questions that do not apply to it are never asked, and lessons that
    /// do not apply are left out of the result.
    public let profile: BusinessProfile
    /// Which lessons and questions apply to `profile`.
    public let applicability: CourseApplicability
    /// The answers given, in the order asked.
    public private(set) var answers: [RecordedAnswer]
    /// A re-check's history: earlier answers that count in the estimate unless `answers` answers the same question
    /// again (the latest answer replaces the older one). Empty for a full diagnostic.
    public let baseline: [RecordedAnswer]
    /// A re-check's questions: only these may be asked (nil: any question).
    public let focusQuestions: Set<Int>?
    private let baselineIndexes: [Int]
    /// P(mastered) per checkpoint, in curriculum order (`course.curriculum.lessons`).
    public var probabilities: [Double] { state.beliefs }

    let model: KnowledgeModel
    private var state: InferenceState
    private var questionIndexes: [Int]
    private var current: Int?
    private var stoppedByUser = false
    private var decidedCount = 0
    /// Mean of min(p, 1 − p) before any answer and now (see `meanUncertainty`).
    private let priorUncertainty: Double
    private var uncertainty: Double
    private var preciseEnough = false
    /// Questions the profile rules out: never chosen (answers given to them before stay and count).
    private let notAsked: Set<Int>
    /// Checkpoints the profile rules out: held in the prerequisite layer, left out of the stopping rule's counts.
    private let notApplicableCheckpoints: [Int]
    /// How many checkpoints apply: what "every checkpoint decided" and the progress count.
    private var applicableCount: Int { probabilities.count - notApplicableCheckpoints.count }

    /// Starts a session, replaying `answers`; answers naming an unknown question, a choice out of range or a question
    /// already answered are skipped.
    public init(
        course: CourseData, config: DiagnosticConfig = .init(), answers: [RecordedAnswer] = [],
        profile: BusinessProfile = BusinessProfile(), baseline: [RecordedAnswer] = [], focusQuestions: Set<Int>? = nil
    ) {
        self.init(
            course: course, config: config, model: KnowledgeModel(course: course), answers: answers, profile: profile,
            baseline: baseline, focusQuestions: focusQuestions)
    }

    init(
        course: CourseData, config: DiagnosticConfig, model: KnowledgeModel, answers: [RecordedAnswer],
        profile: BusinessProfile = BusinessProfile(), baseline: [RecordedAnswer] = [], focusQuestions: Set<Int>? = nil
    ) {
        self.course = course
        self.config = config
        self.model = model
        self.profile = profile
        let applicability = CourseApplicability(course: course, profile: profile)
        self.applicability = applicability
        self.notAsked = Set(
            applicability.questions.indices.filter {
                !applicability.questions[$0] || focusQuestions?.contains($0) == false
            })
        self.focusQuestions = focusQuestions
        (self.baseline, self.baselineIndexes) = Self.usable(baseline, course: course, model: model)
        (self.answers, self.questionIndexes) = Self.usable(answers, course: course, model: model)
        let notApplicable = applicability.lessons.indices.filter { !applicability.lessons[$0] }
        self.notApplicableCheckpoints = notApplicable
        self.state = model.infer([], satisfied: notApplicable, stageLikelihood: profile.stageLikelihood)
        self.priorUncertainty = DiagnosticSession.meanUncertainty(state.beliefs, counting: applicability.lessons)
        self.uncertainty = priorUncertainty
        refresh()
    }

    /// A session on the same course and model with another answer list, and optionally another configuration
    /// (cheap: the course's model is shared, not rebuilt).
    public func replaying(
        _ answers: [RecordedAnswer], config: DiagnosticConfig? = nil, profile: BusinessProfile? = nil
    ) -> DiagnosticSession {
        DiagnosticSession(
            course: course, config: config ?? self.config, model: model, answers: answers,
            profile: profile ?? self.profile, baseline: baseline, focusQuestions: focusQuestions)
    }

    // MARK: Asking

    /// The question to ask now, or nil when the session is finished.
    public var currentQuestion: Question? {
        guard !isFinished, let current else { return nil }
        return course.bank.questions[current]
    }

    /// The current question's choices as shown: indexes into `currentQuestion.choices`, shuffled by the session's
    /// seed (see `OptionOrder`); empty when finished. Position `k` on screen is choice `shownOrder[k]`.
    public var shownOrder: [Int] {
        guard let question = currentQuestion else { return [] }
        return OptionOrder.order(of: question, seed: config.seed)
    }

    /// The 1-based number of the current question (one more than the answers given).
    public var questionNumber: Int { answers.count + 1 }

    /// True once every checkpoint is decided, `maxQuestions` are answered, the precision target is met (after
    /// `minQuestions`), no question can add enough, or `finish()` was called.
    public var isFinished: Bool {
        stoppedByUser || current == nil || answers.count >= config.maxQuestions || decidedCount == applicableCount
            || preciseEnough
    }

    /// The share of checkpoints the model expects to misjudge: the mean of min(p, 1 − p). The precision stop
    /// (`DiagnosticConfig.stopUncertainty`) compares it with its target.
    public var meanUncertainty: Double { uncertainty }

    /// The user finished while some checkpoints were still undecided: the result is less certain.
    public var finishedEarly: Bool { stoppedByUser && decidedCount < applicableCount }

    public var progress: DiagnosticProgress {
        let answered = answers.count
        let total = isFinished ? answered : max(answered + 1, min(config.maxQuestions, projectedTotal))
        return DiagnosticProgress(
            answered: answered, estimatedTotal: total, decided: decidedCount, checkpoints: applicableCount)
    }

    /// How uncertainty falls with the number of answers: the fall after n answers grows like n^0.67, because the
    /// most informative questions come first (measured on the built-in curriculum: 0.66 to 0.69 over 3 to 30 answers).
    static let uncertaintyFallExponent = 0.67
    /// Answers' worth of weight given to the prior guess (halfway between `minQuestions` and `maxQuestions`) when
    /// projecting the session's length: damps the projection while it rests on very few answers.
    static let projectionPriorWeight = 5.0

    /// Where the precision stop should fall: the fall of the mean uncertainty so far, fitted to c · n^0.67 and
    /// extrapolated to `stopUncertainty`, blended with a prior guess for the first answers.
    private var projectedTotal: Int {
        let answered = Double(answers.count)
        let cap = Double(config.maxQuestions)
        let floor = Double(min(config.minQuestions, config.maxQuestions))
        guard config.stopUncertainty > 0 else { return config.maxQuestions }
        let guess = (floor + cap) / 2
        var projection = cap
        let fallen = priorUncertainty - uncertainty
        if answered > 0 && fallen > 1e-9 {
            let exponent = DiagnosticSession.uncertaintyFallExponent
            let pace = fallen / pow(answered, exponent)
            let needed = max(0, priorUncertainty - config.stopUncertainty)
            projection = min(cap, pow(needed / pace, 1 / exponent))
        }
        projection = max(floor, projection)
        let weight = DiagnosticSession.projectionPriorWeight
        let blended = (answered * projection + weight * guess) / (answered + weight)
        return Int(blended.rounded())
    }

    /// Answers the current question with the choice at `choice` in its `choices`.
    public mutating func answer(choice: Int) throws {
        guard let question = currentQuestion, let q = current else { throw DiagnosticError.finished }
        guard question.choices.indices.contains(choice) else {
            throw DiagnosticError.invalidChoice(
                choice: choice, questionID: question.id, choices: question.choices.count)
        }
        answers.append(RecordedAnswer(questionID: question.id, choice: choice))
        questionIndexes.append(q)
        refresh()
    }

    /// Drops the last answer and asks that question again; false when there is no answer to drop.
    @discardableResult
    public mutating func back() -> Bool {
        guard answers.popLast() != nil, let q = questionIndexes.popLast() else { return false }
        stoppedByUser = false
        refresh(asking: q)
        return true
    }

    /// Stops asking; the result stands on the answers given so far.
    public mutating func finish() {
        if !isFinished { stoppedByUser = true }
    }

    // MARK: Recomputing

    var observations: [Observation] {
        let current = zip(questionIndexes, answers).compactMap { q, answer in
            model.questions[q].isInformative(answer.choice) ? Observation(question: q, choice: answer.choice) : nil
        }
        guard !baselineIndexes.isEmpty else { return current }
        let answeredNow = Set(questionIndexes)
        let kept = zip(baselineIndexes, baseline).compactMap { q, answer in
            !answeredNow.contains(q) && model.questions[q].isInformative(answer.choice)
                ? Observation(question: q, choice: answer.choice) : nil
        }
        return kept + current
    }

    /// The history with this session's answers in: the baseline's answers to questions not asked again, then
    /// this session's (what a re-check saves as its diagnostic's answers).
    public var mergedAnswers: [RecordedAnswer] {
        let answeredNow = Set(answers.map(\.questionID))
        return baseline.filter { !answeredNow.contains($0.questionID) } + answers
    }

    /// Indexes of the questions probing any of `checkpoints` (lesson indexes): what a re-check of them may ask.
    public func questions(probing checkpoints: Set<Int>) -> Set<Int> {
        Set(model.questions.indices.filter { model.questions[$0].checkpoints.contains(where: checkpoints.contains) })
    }

    private mutating func refresh(asking question: Int? = nil) {
        state = model.infer(
            observations, satisfied: notApplicableCheckpoints, stageLikelihood: profile.stageLikelihood)
        let applies = applicability.lessons
        decidedCount = probabilities.indices.reduce(0) { $0 + (applies[$1] && isDecided(probabilities[$1]) ? 1 : 0) }
        uncertainty = DiagnosticSession.meanUncertainty(probabilities, counting: applies)
        let mayStopEarly = answers.count >= config.minQuestions
        preciseEnough = mayStopEarly && uncertainty <= config.stopUncertainty
        if let question {
            current = question
        } else if answers.count >= config.maxQuestions || decidedCount == applicableCount || preciseEnough {
            current = nil
        } else if let next = model.nextQuestion(
            state: state, asked: notAsked.union(questionIndexes), seed: config.seed),
            !(mayStopEarly && next.gain < config.minInformation)
        {
            current = next.question
        } else {
            current = nil
        }
    }

    /// The answers that can be replayed, with their questions' indexes: an unknown question, a choice out of range
    /// or a question already answered is skipped.
    static func usable(_ answers: [RecordedAnswer], course: CourseData, model: KnowledgeModel)
        -> (answers: [RecordedAnswer], indexes: [Int])
    {
        var kept: [RecordedAnswer] = [], indexes: [Int] = [], seen = Set<Int>()
        for answer in answers {
            guard let q = model.questionIndexByID[answer.questionID], !seen.contains(q),
                course.bank.questions[q].choices.indices.contains(answer.choice)
            else { continue }
            seen.insert(q); kept.append(answer); indexes.append(q)
        }
        return (kept, indexes)
    }

    static func meanUncertainty(_ probabilities: [Double]) -> Double {
        probabilities.isEmpty ? 0 : probabilities.reduce(0) { $0 + min($1, 1 - $1) } / Double(probabilities.count)
    }

    /// The mean over the checkpoints `counting` marks (all of them when every one applies).
    static func meanUncertainty(_ probabilities: [Double], counting: [Bool]) -> Double {
        guard counting.contains(false) else { return meanUncertainty(probabilities) }
        var sum = 0.0, count = 0
        for (p, counted) in zip(probabilities, counting) where counted { sum += min(p, 1 - p); count += 1 }
        return count == 0 ? 0 : sum / Double(count)
    }

    func isDecided(_ p: Double) -> Bool { p >= config.confidence || p <= 1 - config.confidence }
}
