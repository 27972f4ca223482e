import Foundation

/// Which lessons and questions of a course apply to one business profile.
///
/// A lesson applies unless its `appliesTo` rules the profile out. A question is asked only when its own condition
/// allows the profile and it probes at least one applicable checkpoint. A profile with nothing answered (or only
/// "Prefer not to say") makes everything apply.
public struct CourseApplicability: Equatable, Sendable {
    /// By lesson index (curriculum order).
    public let lessons: [Bool]
    /// By question index (bank order).
    public let questions: [Bool]

    public init(course: CourseData, profile: BusinessProfile) {
        let curriculum = course.curriculum
        let lessons = curriculum.lessons.map { $0.applies(to: profile) }
        self.lessons = lessons
        self.questions = course.bank.questions.map { question in
            (question.appliesTo?.applies(to: profile) ?? true)
                && question.checkpoints.contains { curriculum.indexByID[$0].map { lessons[$0] } ?? false }
        }
    }

    /// Ids of the lessons that do not apply, in curriculum order.
    public func notApplicableIDs(in curriculum: Curriculum) -> [String] {
        curriculum.lessons.indices.filter { !lessons[$0] }.map { curriculum.lessons[$0].id }
    }

    public var everythingApplies: Bool { !lessons.contains(false) && !questions.contains(false) }
}

/// The rule across conditions: no profile leaves a mission that still has applicable lessons without a question
/// able to probe them (the diagnostic would then know that mission only by inference from elsewhere).
struct ApplicabilityCoverage {
    let curriculum: Curriculum
    let bank: QuestionBank

    /// For each mission left uncovered by some profile: the mission and the first such profile found.
    func uncovered() -> [(path: String, mission: Mission, profile: BusinessProfile)] {
        var probing: [String: [Question]] = [:]
        for question in bank.questions {
            for id in Set(question.checkpoints) { probing[id, default: []].append(question) }
        }
        var found: [(path: String, mission: Mission, profile: BusinessProfile)] = []
        for (p, program) in curriculum.programs.enumerated() {
            for (m, mission) in program.missions.enumerated() {
                let lessons = mission.modules.flatMap(\.lessons)
                let ids = Set(lessons.map(\.id))
                var seen = Set<String>()
                let questions = lessons.flatMap { probing[$0.id] ?? [] }.filter { seen.insert($0.id).inserted }
                // Only the fields some condition here names can change the answer; every combination of their
                // values is tried (unanswered fields filter nothing, so they can only widen what applies).
                let fields = ProfileField.allCases.filter { field in
                    lessons.contains { $0.appliesTo?.conditions[field] != nil }
                        || questions.contains { $0.appliesTo?.conditions[field] != nil }
                }
                guard !fields.isEmpty else { continue }
                var profiles = [BusinessProfile()]
                for field in fields {
                    profiles = profiles.flatMap { base in
                        field.valueKeys.map { value in
                            var profile = base
                            profile[field] = value
                            return profile
                        }
                    }
                }
                for profile in profiles {
                    let applicable = Set(lessons.filter { $0.applies(to: profile) }.map(\.id))
                    guard !applicable.isEmpty else { continue }
                    let covered = questions.contains { question in
                        (question.appliesTo?.applies(to: profile) ?? true)
                            && question.checkpoints.contains { ids.contains($0) && applicable.contains($0) }
                    }
                    if !covered { found.append(("programs[\(p)].missions[\(m)]", mission, profile)); break }
                }
            }
        }
        return found
    }
}
