import Foundation

/// One estimate per checkpoint from every respondent's answers together (docs/DIAGNOSTIC.md, "Team mode").
///
/// Each respondent's diagnostic is replayed under this business's profile; what their answers say about a checkpoint
/// is the shift of its log-odds from the prior (no answers). The respondents observe the same business, so their
/// shifts add, each tempered by `weight(respondents:)`: their views are not independent (same business, same
/// conversations), counted as `1 + correlation · (n − 1)` respondents' worth of correlation, Kish's design effect.
/// So two respondents who agree are more certain than one, and two who contradict each other less certain than
/// either.
public struct TeamPicture: Sendable {
    /// How much two respondents' views of the same checkpoint share beyond the business itself (0: independent).
    public static let correlation = 0.5
    /// Probabilities are kept inside this margin before taking log-odds, so one certain respondent stays finite.
    static let margin = 1e-4

    /// The tempering of each respondent's evidence in a team of `n`: 1 for one respondent, 2/3 for two, 1/2 for three.
    public static func weight(respondents n: Int) -> Double {
        n <= 1 ? 1 : 1 / (1 + correlation * Double(n - 1))
    }

    public let members: [TeamMember]
    /// P(mastered) per checkpoint before any answer, in curriculum order.
    public let prior: [Double]
    /// Each member's own estimate, in the order of `members`.
    public let estimates: [[Double]]
    /// The combined estimate.
    public let combined: [Double]
    /// The combined estimate as a result (states, scores, gaps), with the business profile's not-applicable lessons.
    public let result: DiagnosticResult
    /// Which checkpoints apply to the business profile, in curriculum order.
    public let applies: [Bool]
    /// Per member, per checkpoint: whether the member's answers are evidence about it. False outside the programs a
    /// scoped diagnostic covered: there their estimate is only the engine's guess from the prior and their answers
    /// elsewhere, which must not count as an observation (nor dilute the others' weight, nor show as a disagreement).
    public let covers: [[Bool]]
    let base: DiagnosticSession

    /// The picture of `members` (answers on `course`; others' answers are skipped) under `profile`.
    public init(members: [TeamMember], course: CourseData, profile: BusinessProfile) {
        let base = DiagnosticSession(course: course, config: DiagnosticConfig(maxQuestions: 0), profile: profile)
        self.base = base
        self.members = members
        prior = base.probabilities
        estimates = members.map {
            $0.contentHash == course.contentHash ? base.replaying($0.answers).probabilities : base.probabilities
        }
        covers = members.map { member in
            guard let scope = member.scope else { return [Bool](repeating: true, count: base.probabilities.count) }
            let inScope = ProgramScope.lessonIndexes(scope, curriculum: course.curriculum)
            return base.probabilities.indices.map(inScope.contains)
        }
        combined = Self.combine(prior: prior, estimates: estimates, covers: covers)
        applies = base.applicability.lessons
        let asked = members.reduce(0) { $0 + $1.answers.count }
        result = base.result(for: combined, questionsAsked: asked, finishedEarly: false)
    }

    /// logit(team) = logit(prior) + w · Σ_r (logit(p_r) − logit(prior)), per checkpoint, over every estimate.
    public static func combine(prior: [Double], estimates: [[Double]]) -> [Double] {
        combine(prior: prior, estimates: estimates, covers: estimates.map { $0.map { _ in true } })
    }

    /// The same per checkpoint over the respondents whose answers cover it (`covers[r][i]`), w counting only them;
    /// the prior where nobody's do.
    public static func combine(prior: [Double], estimates: [[Double]], covers: [[Bool]]) -> [Double] {
        prior.indices.map { i in
            let voices = estimates.indices.filter { covers[$0][i] }
            guard !voices.isEmpty else { return prior[i] }
            let w = weight(respondents: voices.count)
            let p0 = logit(prior[i])
            let shift = voices.reduce(0) { $0 + logit(estimates[$1][i]) - p0 }
            return 1 / (1 + exp(-(p0 + w * shift)))
        }
    }

    static func logit(_ p: Double) -> Double {
        let q = min(max(p, margin), 1 - margin)
        return log(q / (1 - q))
    }

    /// The option labels `member` chose on questions probing `checkpointID`, in the order given ("Not sure" too).
    public func words(of member: Int, about checkpointID: String) -> [String] {
        let bank = base.course.bank
        return members[member].answers.compactMap { answer in
            guard let q = base.model.questionIndexByID[answer.questionID] else { return nil }
            let question = bank.questions[q]
            guard question.checkpoints.contains(checkpointID), question.choices.indices.contains(answer.choice)
            else { return nil }
            return question.choices[answer.choice].label
        }
    }
}

extension ProgressFile {
    /// This file's own latest diagnostic on `course` (under `ownRespondent`) and every teammate's, in that order.
    public func teamMembers(course: CourseData) -> [TeamMember] {
        (ownMember(course: course).map { [$0] } ?? []) + teammates.filter { $0.contentHash == course.contentHash }
    }

    /// The team picture of everyone on this file, under its business profile.
    public func teamPicture(course: CourseData) -> TeamPicture {
        TeamPicture(members: teamMembers(course: course), course: course, profile: profile.business)
    }
}

extension ProgressFile {
    /// The roadmap the team picture gives, with the saved roadmap's statuses carried over; not saved.
    public func teamRoadmap(_ picture: TeamPicture, course: CourseData, at date: Date) -> RoadmapState {
        let plan = RoadmapGenerator.generate(
            curriculum: course.curriculum, result: picture.result, done: doneLessonIDs,
            hoursPerWeek: settings.hoursPerWeek)
        let fresh = RoadmapState(roadmap: plan, generatedAt: date, basedOnDiagnostic: RoadmapState.teamPictureBasis)
        return roadmap.map { $0.merged(with: fresh) } ?? fresh
    }

    /// The report of the team picture: the business name says whose answers it combines.
    public func teamReport(_ picture: TeamPicture, curriculum: Curriculum) -> Report {
        let names = picture.members.map(\.respondent).joined(separator: ", ")
        let name = (profile.businessName.map { "\($0), " } ?? "") + "team: \(names)"
        return Report(
            curriculum: curriculum, result: picture.result, done: doneLessonIDs, doneAnyway: doneAnywayLessonIDs,
            businessName: name, takenAt: picture.members.map(\.takenAt).max())
    }
}
