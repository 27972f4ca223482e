import Foundation
import Testing

@testable import DijipilotCore

@Suite("Team mode: the combined estimate, export and add, the disagreement map")
struct TeamTests {
    typealias C = DiagnosticTestCourses
    /// Three independent lessons, two yes/no questions each.
    static let course = C.course(prerequisites: [[], [], []], questionsPerLesson: 2)
    static let day = Date(timeIntervalSince1970: 1_780_000_000)

    static func member(_ name: String, _ pairs: [(String, Int)], role: String? = nil) -> TeamMember {
        TeamMember(
            respondent: name, role: role, takenAt: day, contentHash: course.contentHash, answers: C.answers(pairs))
    }

    static func picture(_ members: TeamMember...) -> TeamPicture {
        TeamPicture(members: members, course: course, profile: BusinessProfile())
    }

    static func uncertainty(_ p: Double) -> Double { min(p, 1 - p) }

    @Test("one respondent's team picture is their own estimate")
    func oneRespondent() {
        let ana = Self.member("Ana", [("q1-1", C.yes)])
        let picture = Self.picture(ana)
        let own = DiagnosticSession(course: Self.course, answers: ana.answers).probabilities
        for i in own.indices { #expect(abs(picture.combined[i] - own[i]) < 1e-9) }
    }

    @Test("two respondents who agree are more certain than one")
    func agreeing() {
        let ana = Self.member("Ana", [("q1-1", C.yes)]), sam = Self.member("Sam", [("q1-2", C.yes)])
        let one = Self.picture(ana).combined[0], two = Self.picture(ana, sam).combined[0]
        #expect(one > Self.picture().prior[0])
        #expect(two > one)
        // Tempered: two agreeing respondents count as 4/3 of one, not 2 (their views are correlated).
        let p0 = TeamPicture.logit(Self.picture().prior[0])
        let shifts = (TeamPicture.logit(one) - p0) * 2
        #expect(TeamPicture.logit(two) - p0 < shifts)
        let missing = Self.picture(Self.member("A", [("q2-1", C.no)]), Self.member("B", [("q2-1", C.no)]))
        #expect(missing.combined[1] < Self.picture(Self.member("A", [("q2-1", C.no)])).combined[1])
    }

    @Test("two respondents who contradict each other are less certain than one, and than two who agree")
    func contradicting() {
        let ana = Self.member("Ana", [("q1-1", C.yes)]), sam = Self.member("Sam", [("q1-1", C.no)])
        let picture = Self.picture(ana, sam)
        let team = Self.uncertainty(picture.combined[0])
        // Ana alone is the more certain of the two (the prior leans towards mastered, and she says yes).
        #expect(team > Self.uncertainty(Self.picture(ana).combined[0]))
        #expect(team > Self.uncertainty(Self.picture(ana, Self.member("Kim", [("q1-2", C.yes)])).combined[0]))
        // The estimate sits between theirs: the contradicting evidence cancels, pulling it back towards the prior.
        #expect(picture.combined[0] < picture.estimates[0][0] && picture.combined[0] > picture.estimates[1][0])
        let p0 = TeamPicture.logit(picture.prior[0])
        let shifts = picture.estimates.map { abs(TeamPicture.logit($0[0]) - p0) }
        #expect(abs(TeamPicture.logit(picture.combined[0]) - p0) < shifts.max()!)
    }

    @Test("the tempering: 1 for one respondent, 2/3 for two, 1/2 for three")
    func weights() {
        #expect(TeamPicture.weight(respondents: 1) == 1)
        #expect(abs(TeamPicture.weight(respondents: 2) - 2.0 / 3) < 1e-12)
        #expect(TeamPicture.weight(respondents: 3) == 0.5)
    }

    @Test("the disagreement map puts the checkpoint answered both ways first, with each one's words")
    func ranking() {
        let ana = Self.member("Ana", [("q1-1", C.yes), ("q2-1", C.yes)], role: "founder")
        let sam = Self.member("Sam", [("q1-1", C.no), ("q2-1", C.yes), ("q3-1", C.no)], role: "operations")
        let map = TeamDisagreements(picture: Self.picture(ana, sam), curriculum: Self.course.curriculum, top: 10)
        #expect(map.items.first?.lessonID == "1.1.1.1")
        let first = map.items[0]
        #expect(first.voices.map(\.respondent) == ["Ana", "Sam"])
        #expect(first.voices.map(\.words) == [["Yes"], ["No"]])
        #expect(zip(map.items, map.items.dropFirst()).allSatisfy { $0.score >= $1.score })
        // Lesson 3: only Sam answered, so its difference rests on half the team: below lesson 1.
        let third = map.items.first { $0.lessonID == "1.1.1.3" }
        #expect(third != nil)
        #expect(third?.voices.first { $0.respondent == "Ana" }?.words == [])
        #expect(map.text().contains("Sam (operations): "))
        #expect(map.markdown().contains("\"No\""))
        #expect(map.html().contains("<strong>Ana (founder)</strong>"))
        #expect(
            TeamDisagreements(picture: Self.picture(ana, sam), curriculum: Self.course.curriculum, top: 1)
                .items.count == 1)
        #expect(TeamDisagreements(picture: Self.picture(ana), curriculum: Self.course.curriculum).items.isEmpty)
    }

    /// A progress file with one diagnostic on the test course, under `name`.
    static func progress(_ name: String?, _ pairs: [(String, Int)]) -> ProgressFile {
        var file = ProgressFile()
        file.profile.respondent = name
        file.profile.role = "operations"
        let session = DiagnosticSession(course: course, answers: C.answers(pairs))
        file.record(result: session.result(), answers: session.answers, contentHash: course.contentHash, at: day)
        return file
    }

    @Test("export then add gives the teammate's answers, name, role and date, and survives a save")
    func roundTrip() throws {
        let sam = Self.progress("Sam", [("q1-1", C.no), ("q3-2", C.yes)])
        let exported = try sam.teamExport(course: Self.course)
        let bytes = try exported.encoded()
        let text = String(decoding: bytes, as: UTF8.self)
        for key in ["format", "formatVersion", "respondent", "role", "takenAt", "contentHash", "answers"] {
            #expect(text.contains("\"\(key)\""))
        }
        #expect(!text.contains("result") && !text.contains("notes"))

        var ana = Self.progress("Ana", [("q1-1", C.yes)])
        let added = try ana.addTeammates([("sam.json", bytes)], course: Self.course)
        #expect(added.map(\.respondent) == ["Sam"])
        #expect(ana.teammates == [sam.ownMember(course: Self.course)!])
        #expect(ana.teamMembers(course: Self.course).map(\.respondent) == ["Ana", "Sam"])

        let fast = try JSONSerialization.jsonObject(with: try ProgressEncoding().encode(ana)) as? NSDictionary
        let reference = try JSONSerialization.jsonObject(with: try JSONEncoder.dijipilot().encode(ana)) as? NSDictionary
        #expect(fast != nil && fast == reference)
        let folder = ProgressTemporaryFolder()
        try ProgressStore(url: folder.progressURL).save(ana)
        #expect(try ProgressStore(url: folder.progressURL).load() == ana)
        #expect(try ana.removeTeammate("sam").respondent == "Sam")
        #expect(ana.teammates.isEmpty)
    }

    @Test("a file without teammates, respondent or role loads with them empty and saves without them")
    func optionalFields() throws {
        let folder = ProgressTemporaryFolder()
        try ProgressStore(url: folder.progressURL).save(ProgressFixtures.fullFile())
        let text = String(decoding: folder.bytes()!, as: UTF8.self)
        #expect(!text.contains("teammates") && !text.contains("respondent"))
        let loaded = try ProgressStore(url: folder.progressURL).load()
        #expect(loaded.teammates.isEmpty && loaded.profile.respondent == nil && loaded.profile.role == nil)
        #expect(loaded.schemaVersion == 2)
    }

    @Test("every refusal throws its own error and leaves the progress file as it was")
    func refusals() throws {
        let sam = try Self.progress("Sam", [("q1-1", C.no)]).teamExport(course: Self.course)
        let good = try sam.encoded()
        var otherVersion = sam; otherVersion.contentHash = "another"
        var future = sam; future.formatVersion = 2
        var unknownQuestion = sam; unknownQuestion.answers = C.answers([("q9-9", 0)])
        var badChoice = sam; badChoice.answers = C.answers([("q1-1", 7)])
        var me = sam; me.respondent = "ana"
        let cases: [(String, Data, (TeamError) -> Bool)] = [
            ("not JSON", Data("{\"format\":".utf8), { if case .damaged = $0 { true } else { false } }),
            ("no fields", Data("{}".utf8), { if case .damaged = $0 { true } else { false } }),
            ("other curriculum", try otherVersion.encoded(), { if case .otherCurriculum = $0 { true } else { false } }),
            ("version 2", try future.encoded(), { if case .unknownVersion = $0 { true } else { false } }),
            ("unknown question", try unknownQuestion.encoded(), { if case .damaged = $0 { true } else { false } }),
            ("bad choice", try badChoice.encoded(), { if case .damaged = $0 { true } else { false } }),
            ("own name", try me.encoded(), { if case .duplicateRespondent = $0 { true } else { false } }),
        ]
        var ana = Self.progress("Ana", [("q1-1", C.yes)])
        let before = ana
        for (label, data, matches) in cases {
            do {
                _ = try ana.addTeammates([("f.json", data)], course: Self.course)
                Issue.record("\(label) was accepted")
            } catch let error as TeamError {
                #expect(matches(error), "\(label): \(error)")
                #expect(!(error.errorDescription ?? "").isEmpty)
            }
            #expect(ana == before, "\(label)")
        }
        // The same respondent twice in one call: nothing added, not even the first.
        #expect(throws: TeamError.self) { try ana.addTeammates([("a", good), ("b", good)], course: Self.course) }
        #expect(ana == before)
        _ = try ana.addTeammates([("a", good)], course: Self.course)
        let withSam = ana
        #expect(throws: TeamError.self) { try ana.addTeammates([("again", good)], course: Self.course) }
        #expect(ana == withSam)
        #expect(throws: TeamError.self) { try ana.removeTeammate("Nobody") }
        #expect(ana == withSam)
        var unnamed = ProgressFile()
        #expect(throws: TeamError.noRespondentName) { try unnamed.teamExport(course: Self.course) }
        unnamed.profile.respondent = "Kim"
        #expect(throws: TeamError.noDiagnostic) { try unnamed.teamExport(course: Self.course) }
    }
}
