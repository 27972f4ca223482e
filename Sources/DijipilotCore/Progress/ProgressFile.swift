import Foundation

/// Everything Dijipilot remembers about one business, as saved in `progress.json`.
public struct ProgressFile: Codable, Equatable, Sendable {
    /// The layout this build writes; older layouts are migrated on load, newer ones are refused.
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    public var profile: Profile
    /// Finished diagnostics, oldest first.
    public var diagnostics: [DiagnosticRecord]
    /// A diagnostic started and not finished, so it can be resumed.
    public var inProgress: InProgressDiagnostic?
    public var roadmap: RoadmapState?
    /// The learner's own notes, by lesson id.
    public var notes: [String: String]
    /// The Done-when criteria ticked, and "done anyway", by lesson id (`DoneWhenProgress`); since version 2.
    public var doneWhen: [String: DoneWhenProgress]
    public var settings: Settings
    /// Teammates' diagnostics brought in with `dijipilot team add` (`TeamMember`); absent in older files.
    public var teammates: [TeamMember]
    /// Every focused re-check, oldest first (`RecheckRecord`); absent in older files, which load with none.
    public var rechecks: [RecheckRecord] = []

    public init(
        profile: Profile = Profile(), diagnostics: [DiagnosticRecord] = [],
        inProgress: InProgressDiagnostic? = nil, roadmap: RoadmapState? = nil,
        notes: [String: String] = [:], doneWhen: [String: DoneWhenProgress] = [:], settings: Settings = Settings()
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.profile = profile; self.diagnostics = diagnostics; self.inProgress = inProgress
        self.roadmap = roadmap; self.notes = notes; self.doneWhen = doneWhen; self.settings = settings
        self.teammates = []
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, profile, diagnostics, inProgress, roadmap, notes, doneWhen, settings, teammates, rechecks
    }

    /// Lists and sections may be absent (a hand-trimmed file stays loadable); present ones must be well-typed.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        profile = try c.decodeIfPresent(Profile.self, forKey: .profile) ?? Profile()
        diagnostics = try c.decodeIfPresent([DiagnosticRecord].self, forKey: .diagnostics) ?? []
        inProgress = try c.decodeIfPresent(InProgressDiagnostic.self, forKey: .inProgress)
        roadmap = try c.decodeIfPresent(RoadmapState.self, forKey: .roadmap)
        notes = try c.decodeIfPresent([String: String].self, forKey: .notes) ?? [:]
        doneWhen = try c.decodeIfPresent([String: DoneWhenProgress].self, forKey: .doneWhen) ?? [:]
        settings = try c.decodeIfPresent(Settings.self, forKey: .settings) ?? Settings()
        teammates = try c.decodeIfPresent([TeamMember].self, forKey: .teammates) ?? []
        rechecks = try c.decodeIfPresent([RecheckRecord].self, forKey: .rechecks) ?? []
    }

    /// As decoded; `teammates` and `rechecks` only when there are some, so a file without them is written as before.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(profile, forKey: .profile)
        try c.encode(diagnostics, forKey: .diagnostics)
        try c.encodeIfPresent(inProgress, forKey: .inProgress)
        try c.encodeIfPresent(roadmap, forKey: .roadmap)
        try c.encode(notes, forKey: .notes)
        try c.encode(doneWhen, forKey: .doneWhen)
        try c.encode(settings, forKey: .settings)
        if !teammates.isEmpty { try c.encode(teammates, forKey: .teammates) }
        if !rechecks.isEmpty { try c.encode(rechecks, forKey: .rechecks) }
    }

    /// The business: its name, and the answers of the business profile (`BusinessProfile`), each saved under
    /// its field's name beside `businessName` (`"stock": "dropshipping"`); a field not answered is left out.
    public struct Profile: Codable, Equatable, Sendable {
        public var businessName: String?
        public var business: BusinessProfile
        /// Who answers the diagnostic on this machine, and their role (team mode); absent in older files.
        public var respondent: String?
        public var role: String?
        public init(
            businessName: String? = nil, business: BusinessProfile = BusinessProfile(), respondent: String? = nil,
            role: String? = nil
        ) {
            self.businessName = businessName; self.business = business; self.respondent = respondent; self.role = role
        }
    }

    public enum ColorMode: String, Codable, CaseIterable, Sendable {
        case auto, always, never
    }

    public struct Settings: Codable, Equatable, Sendable {
        public static let defaultHoursPerWeek = 3.0
        public var hoursPerWeek: Double
        public var colorMode: ColorMode?
        public init(hoursPerWeek: Double = Settings.defaultHoursPerWeek, colorMode: ColorMode? = nil) {
            self.hoursPerWeek = hoursPerWeek; self.colorMode = colorMode
        }
        enum CodingKeys: String, CodingKey { case hoursPerWeek, colorMode }
        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            hoursPerWeek = try c.decodeIfPresent(Double.self, forKey: .hoursPerWeek) ?? Settings.defaultHoursPerWeek
            colorMode = try c.decodeIfPresent(ColorMode.self, forKey: .colorMode)
        }
    }
}

/// A finished diagnostic: the answers (enough to recompute it) and what was concluded.
public struct DiagnosticRecord: Codable, Equatable, Sendable, Identifiable {
    public var id: String
    public var takenAt: Date
    /// `CourseData.contentHash` of the curriculum it was taken on.
    public var contentHash: String
    public var answers: [RecordedAnswer]
    public var result: DiagnosticResult
    /// The program ids a diagnostic taken with `assess --programs` was limited to (its result covers only them);
    /// nil for a full diagnostic, and absent from the file then.
    public var scope: [String]?
    public init(
        id: String, takenAt: Date, contentHash: String, answers: [RecordedAnswer], result: DiagnosticResult,
        scope: [String]? = nil
    ) {
        self.id = id; self.takenAt = takenAt; self.contentHash = contentHash; self.answers = answers;
        self.result = result; self.scope = scope
    }
}

/// A diagnostic under way: replaying `answers` with the same seed and limit rebuilds the session.
public struct InProgressDiagnostic: Codable, Equatable, Sendable {
    public var startedAt: Date
    public var contentHash: String
    public var answers: [RecordedAnswer]
    public var seed: UInt64
    public var maxQuestions: Int
    public init(startedAt: Date, contentHash: String, answers: [RecordedAnswer] = [], seed: UInt64, maxQuestions: Int) {
        self.startedAt = startedAt; self.contentHash = contentHash; self.answers = answers
        self.seed = seed; self.maxQuestions = maxQuestions
    }
}

extension ProgressFile {
    /// The most recent finished diagnostic.
    public var latestDiagnostic: DiagnosticRecord? {
        diagnostics.indices.max { a, b in
            let (x, y) = (diagnostics[a], diagnostics[b])
            return x.takenAt != y.takenAt ? x.takenAt < y.takenAt : a < b
        }.map { diagnostics[$0] }
    }

    /// Lessons marked done on the roadmap with every criterion ticked (or with none to tick, or before criteria
    /// were kept): they count as learned. Those marked done anyway do not (`doneAnywayLessonIDs`).
    public var doneLessonIDs: Set<String> {
        Set(
            roadmap?.items.filter { $0.status == .done && doneWhen[$0.lessonID]?.isDoneAnyway != true }
                .map(\.lessonID) ?? [])
    }

    /// Stores a finished diagnostic (ids run D1, D2, …) and clears the one in progress.
    @discardableResult
    public mutating func record(
        result: DiagnosticResult, answers: [RecordedAnswer], contentHash: String,
        at date: Date
    ) -> DiagnosticRecord {
        let highest = diagnostics.compactMap { Int($0.id.dropFirst()) }.max() ?? 0
        let record = DiagnosticRecord(
            id: "D\(max(highest, diagnostics.count) + 1)", takenAt: date,
            contentHash: contentHash, answers: answers, result: result)
        diagnostics.append(record)
        inProgress = nil
        return record
    }

    /// Changes a roadmap lesson's status; returns false when the lesson is not on the roadmap. Leaving done
    /// withdraws a "done anyway" (the ticks stay).
    @discardableResult
    public mutating func setStatus(lessonID: String, status: LessonStatus, at date: Date) -> Bool {
        guard var state = roadmap, let i = state.items.firstIndex(where: { $0.lessonID == lessonID }) else {
            return false
        }
        state.items[i].setStatus(status, at: date)
        roadmap = state
        if status != .done, var record = doneWhen[lessonID], record.isDoneAnyway {
            record.doneAnywayAt = nil
            doneWhen[lessonID] = record.ticks.isEmpty ? nil : record
        }
        return true
    }

    /// Sets a lesson's note; an empty or nil text removes it.
    public mutating func setNote(_ text: String?, lessonID: String) {
        if let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            notes[lessonID] = text
        } else {
            notes[lessonID] = nil
        }
    }
}
