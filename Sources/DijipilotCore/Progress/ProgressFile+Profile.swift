import Foundation

extension ProgressFile.Profile {
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
        static let businessName = Key("businessName")
        static let respondent = Key("respondent")
        static let role = Key("role")
    }

    /// Files written before the business profile have only `businessName`; they load with nothing answered.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        businessName = try c.decodeIfPresent(String.self, forKey: .businessName)
        respondent = try c.decodeIfPresent(String.self, forKey: .respondent)
        role = try c.decodeIfPresent(String.self, forKey: .role)
        business = BusinessProfile()
        for field in ProfileField.allCases {
            let key = Key(field.rawValue)
            guard let value = try c.decodeIfPresent(String.self, forKey: key) else { continue }
            guard BusinessProfile.isKnown(value, for: field) else {
                let known = field.answers.map(\.key).joined(separator: ", ")
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c, debugDescription: "\"\(value)\" is not one of \(known)")
            }
            business[field] = value
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encodeIfPresent(businessName, forKey: .businessName)
        try c.encodeIfPresent(respondent, forKey: .respondent)
        try c.encodeIfPresent(role, forKey: .role)
        for field in ProfileField.allCases {
            try c.encodeIfPresent(business[field], forKey: Key(field.rawValue))
        }
    }
}

extension ProgressFile {
    /// Changes the business profile and recomputes what depends on it, keeping every answer and done mark.
    ///
    /// Every diagnostic taken on this course is replayed from its answers under the new profile (its states,
    /// scores, gaps and not-applicable lessons change; its answers, date, id and scope do not), so comparisons stay like
    /// with like; the roadmap is rebuilt from the latest and merged with the saved one, so lessons done, in progress
    /// or skipped keep their status. A diagnostic in progress picks the profile up when it resumes. Returns true
    /// when the latest diagnostic was recomputed.
    @discardableResult
    public mutating func setBusinessProfile(_ business: BusinessProfile, course: CourseData, at date: Date) -> Bool {
        profile.business = business
        let base = DiagnosticSession(course: course, config: DiagnosticConfig(maxQuestions: 0), profile: business)
        for i in diagnostics.indices where diagnostics[i].contentHash == course.contentHash {
            var result = base.replaying(diagnostics[i].answers).result()
            result.questionsAsked = diagnostics[i].result.questionsAsked
            result.finishedEarly = diagnostics[i].result.finishedEarly
            if let scope = diagnostics[i].scope { result = result.limited(to: scope, curriculum: course.curriculum) }
            diagnostics[i].result = result
        }
        guard let latest = latestDiagnostic, latest.contentHash == course.contentHash else { return false }
        let evidence = AnswerEvidence(answers: latest.answers, bank: course.bank)
        let plan = RoadmapGenerator.generate(
            curriculum: course.curriculum, result: latest.result, done: doneLessonIDs,
            hoursPerWeek: settings.hoursPerWeek, evidence: evidence.lookup)
        let fresh = RoadmapState(roadmap: plan, generatedAt: date, basedOnDiagnostic: latest.id)
        roadmap = roadmap.map { $0.merged(with: fresh) } ?? fresh
        return true
    }
}
