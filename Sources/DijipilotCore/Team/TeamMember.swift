import Foundation

/// One teammate's diagnostic, as brought in by `dijipilot team add`: who answered, and their answers (enough to
/// recompute their estimate under this business's profile).
public struct TeamMember: Codable, Equatable, Sendable {
    public var respondent: String
    public var role: String?
    public var takenAt: Date
    /// `CourseData.contentHash` of the curriculum the answers were given on.
    public var contentHash: String
    public var answers: [RecordedAnswer]
    /// The programs their diagnostic was limited to (`assess --programs`); nil when it covered every program. Their
    /// answers are evidence about these programs only (`TeamPicture.covers`).
    public var scope: [String]?
    public init(
        respondent: String, role: String?, takenAt: Date, contentHash: String, answers: [RecordedAnswer],
        scope: [String]? = nil
    ) {
        self.respondent = respondent; self.role = role; self.takenAt = takenAt; self.contentHash = contentHash
        self.answers = answers; self.scope = scope
    }
}

extension TeamMember {
    /// " about programs 7-11" for a scoped diagnostic, "" for a full one (for `team add` and `team list`).
    public var scopeNote: String { scope.map { " about programs \(ProgramScope.describe($0))" } ?? "" }
}

/// The small file `dijipilot team export` writes and `team add` reads: one person's latest diagnostic, and nothing
/// else (no notes, roadmap or business profile).
public struct TeamAnswersFile: Codable, Equatable, Sendable {
    public static let formatName = "dijipilot-team-answers"
    public static let currentVersion = 1

    public var format: String
    public var formatVersion: Int
    public var respondent: String
    public var role: String?
    public var takenAt: Date
    public var contentHash: String
    public var answers: [RecordedAnswer]
    /// `TeamMember.scope`: the programs a scoped diagnostic covered; absent for a full one (so files without it, from
    /// before scoped diagnostics, read as full ones).
    public var programs: [String]?

    public init(member: TeamMember) {
        format = Self.formatName; formatVersion = Self.currentVersion
        respondent = member.respondent; role = member.role; takenAt = member.takenAt
        contentHash = member.contentHash; answers = member.answers; programs = member.scope
    }

    public var member: TeamMember {
        TeamMember(
            respondent: respondent, role: role, takenAt: takenAt, contentHash: contentHash, answers: answers,
            scope: programs)
    }

    /// Pretty, key-sorted JSON, ending in a line break.
    public func encoded() throws -> Data {
        var data = try JSONEncoder.dijipilot().encode(self)
        data.append(0x0A)
        return data
    }

    /// Reads a file's bytes, checking it is a team answers file of a version this build knows and that every answer
    /// names a question and option of `course` taken on the same curriculum version.
    public static func decode(_ data: Data, file: String, course: CourseData) throws -> TeamAnswersFile {
        guard let tree = JSONValue.parse(data) else {
            throw TeamError.damaged(file: file, reason: "it is not valid JSON")
        }
        let decoded: TeamAnswersFile
        do { decoded = try JSONValueDecoder.decode(TeamAnswersFile.self, from: tree) } catch let error as DecodingError
        {
            throw TeamError.damaged(file: file, reason: Self.describe(error))
        }
        guard decoded.format == formatName else {
            throw TeamError.damaged(file: file, reason: "its format is \"\(decoded.format)\", not \"\(formatName)\"")
        }
        guard decoded.formatVersion == currentVersion else {
            throw TeamError.unknownVersion(file: file, version: decoded.formatVersion)
        }
        let name = decoded.respondent.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw TeamError.damaged(file: file, reason: "its respondent is empty") }
        guard decoded.contentHash == course.contentHash else {
            throw TeamError.otherCurriculum(file: file, respondent: name)
        }
        let programIDs = Set(course.curriculum.programs.map(\.id))
        if let unknown = decoded.programs?.first(where: { !programIDs.contains($0) }) {
            throw TeamError.damaged(file: file, reason: "its programs name \(unknown), which is not a program")
        }
        let questions = Dictionary(course.bank.questions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var seen = Set<String>()
        for (n, answer) in decoded.answers.enumerated() {
            guard let question = questions[answer.questionID] else {
                throw TeamError.damaged(file: file, reason: "answer \(n + 1) names no question (\(answer.questionID))")
            }
            guard question.choices.indices.contains(answer.choice) else {
                throw TeamError.damaged(file: file, reason: "answer \(n + 1) has no option \(answer.choice)")
            }
            guard seen.insert(answer.questionID).inserted else {
                throw TeamError.damaged(file: file, reason: "question \(answer.questionID) is answered twice")
            }
        }
        return decoded
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let p = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return p.isEmpty ? "" : " at \(p)"
        }
        switch error {
        case .keyNotFound(let key, let context): return "\"\(key.stringValue)\" is missing\(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription)\(path(context))"
        @unknown default: return "\(error)"
        }
    }
}

/// Why a team file was refused, or a name not found; nothing is changed when one is thrown.
public enum TeamError: Error, Equatable, LocalizedError {
    case damaged(file: String, reason: String)
    case unknownVersion(file: String, version: Int)
    case otherCurriculum(file: String, respondent: String)
    case duplicateRespondent(file: String, respondent: String)
    case noRespondentName
    case noDiagnostic
    case unknownRespondent(String, known: [String])

    public var errorDescription: String? {
        switch self {
        case .damaged(let file, let reason):
            return "\(file) cannot be read: \(reason); ask for a fresh `dijipilot team export`. Nothing was added."
        case .unknownVersion(let file, let version):
            return
                "\(file) is a team answers file of version \(version); this build reads version \(TeamAnswersFile.currentVersion). Update dijipilot or export again with this version. Nothing was added."
        case .otherCurriculum(let file, let respondent):
            return
                "\(file) (\(respondent)) was taken on another curriculum version; both of you need the same dijipilot version, then \(respondent) exports again. Nothing was added."
        case .duplicateRespondent(let file, let respondent):
            return
                "\(file): \(respondent) is already on the team; remove them first with `dijipilot team remove \"\(respondent)\"` to replace their answers. Nothing was added."
        case .noRespondentName:
            return "set your name first: `dijipilot profile --respondent \"Your name\" --role your-role`"
        case .noDiagnostic:
            return "no diagnostic on this curriculum yet: take it first (run `dijipilot`)"
        case .unknownRespondent(let name, let known):
            let list = known.isEmpty ? "no teammates added yet" : "teammates: " + known.joined(separator: ", ")
            return "\(name) is not on the team (\(list))"
        }
    }
}

extension ProgressFile {
    /// The name this file's own answers go under in the team picture.
    public var ownRespondent: String { profile.respondent.flatMap { $0.isEmpty ? nil : $0 } ?? "you" }

    /// This person's latest diagnostic on `course`, as a team member.
    public func ownMember(course: CourseData) -> TeamMember? {
        let own = diagnostics.filter { $0.contentHash == course.contentHash }
        guard let latest = own.max(by: { $0.takenAt < $1.takenAt }) else { return nil }
        return TeamMember(
            respondent: ownRespondent, role: profile.role, takenAt: latest.takenAt, contentHash: latest.contentHash,
            answers: latest.answers, scope: latest.scope)
    }

    /// The export `dijipilot team export` writes: needs a respondent name and a diagnostic on this curriculum.
    public func teamExport(course: CourseData) throws -> TeamAnswersFile {
        guard let name = profile.respondent, !name.isEmpty else { throw TeamError.noRespondentName }
        guard let member = ownMember(course: course) else { throw TeamError.noDiagnostic }
        return TeamAnswersFile(member: member)
    }

    /// Adds teammates' files (name, bytes), all or none: any refusal throws before anything changes.
    public mutating func addTeammates(_ files: [(name: String, data: Data)], course: CourseData) throws -> [TeamMember]
    {
        var taken = Set(teammates.map { Self.key($0.respondent) })
        if profile.respondent != nil { taken.insert(Self.key(ownRespondent)) }
        var added: [TeamMember] = []
        for file in files {
            let decoded = try TeamAnswersFile.decode(file.data, file: file.name, course: course)
            var member = decoded.member
            member.respondent = member.respondent.trimmingCharacters(in: .whitespaces)
            guard taken.insert(Self.key(member.respondent)).inserted else {
                throw TeamError.duplicateRespondent(file: file.name, respondent: member.respondent)
            }
            added.append(member)
        }
        teammates += added
        return added
    }

    /// Removes a teammate by name (case-insensitive).
    public mutating func removeTeammate(_ name: String) throws -> TeamMember {
        guard let i = teammates.firstIndex(where: { Self.key($0.respondent) == Self.key(name) }) else {
            throw TeamError.unknownRespondent(name, known: teammates.map(\.respondent))
        }
        return teammates.remove(at: i)
    }

    private static func key(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }
}
