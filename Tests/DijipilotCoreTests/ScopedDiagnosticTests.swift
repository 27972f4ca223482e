import Foundation
import Testing

@testable import DijipilotCore

@Suite("a diagnostic about some programs only (assess --programs), and such a teammate in the team picture")
struct ScopedDiagnosticTests {
    static let course: CourseData = {
        // The built-in curriculum: 18 programs, as the marketer of issue 15 would see it.
        guard let folder = DataLocator.builtInFolder(), let course = try? CourseLoader.load(folder: folder) else {
            fatalError("the built-in curriculum must load for these tests")
        }
        return course
    }()
    static let day = Date(timeIntervalSince1970: 1_780_000_000)
    static let marketing = ["7", "8", "9", "10", "11"]

    /// Answers every question the session asks with the choice `pick` gives, until it finishes.
    static func run(_ session: DiagnosticSession, pick: (Question) -> Int) throws -> DiagnosticSession {
        var session = session
        while let question = session.currentQuestion { try session.answer(choice: pick(question)) }
        return session
    }

    static func programOf(_ lessonID: String) -> String { String(lessonID.prefix { $0 != "." }) }

    /// A finished diagnostic (full, or about `programs`) as a team member.
    static func member(_ name: String, programs: [String]? = nil, pick: @escaping (Question) -> Int) throws
        -> TeamMember
    {
        var progress = ProgressFile()
        progress.profile.respondent = name
        if let programs {
            let session = try run(
                progress.scopedSession(programs: programs, course: course, config: DiagnosticConfig()), pick: pick)
            progress.completeScoped(session: session, programs: programs, course: course, at: day)
        } else {
            let session = try run(DiagnosticSession(course: course), pick: pick)
            progress.complete(session: session, course: course, at: day)
        }
        return try #require(progress.ownMember(course: course))
    }

    @Test("--programs reads ranges and lists, once each in curriculum order; bad ones say what and how to fix")
    func parse() throws {
        let curriculum = Self.course.curriculum
        #expect(try ProgramScope.parse("7-11", curriculum: curriculum) == Self.marketing)
        #expect(try ProgramScope.parse("9, 7,8", curriculum: curriculum) == ["7", "8", "9"])
        #expect(try ProgramScope.parse("3,7-9,8", curriculum: curriculum) == ["3", "7", "8", "9"])
        #expect(try ProgramScope.parse("14", curriculum: curriculum) == ["14"])
        let refusals: [(String, ProgramScopeError)] = [
            ("99", .unknownProgram("99", range: "1-18")), ("3-x", .malformed("3-x", part: "3-x")),
            ("7-99", .unknownProgram("99", range: "1-18")), ("11-7", .reversed("11-7")), ("", .empty),
            ("7,,8", .malformed("7,,8", part: "")), ("1-2-3", .malformed("1-2-3", part: "1-2-3")),
        ]
        for (text, error) in refusals {
            #expect(throws: error, "\(text)") { try ProgramScope.parse(text, curriculum: curriculum) }
        }
        #expect(ProgramScope.describe(Self.marketing) == "7-11")
        #expect(ProgramScope.describe(["3", "7", "8", "9", "12", "13"]) == "3, 7-9, 12, 13")
        #expect(
            ProgramScopeError.unknownProgram("99", range: "1-18").localizedDescription
                == "--programs: there is no program 99; the programs are 1-18 (see dijipilot curriculum)")
    }

    @Test("it asks only about those programs, saves a diagnostic marked with them, its result limited to them")
    func scopedDiagnostic() throws {
        var progress = ProgressFile()
        progress.inProgress = InProgressDiagnostic(startedAt: Self.day, contentHash: "h", seed: 1, maxQuestions: 30)
        let session = try Self.run(
            progress.scopedSession(programs: Self.marketing, course: Self.course, config: DiagnosticConfig()),
            pick: { _ in 1 })
        #expect(session.answers.count >= 5)
        let bank = Dictionary(Self.course.bank.questions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for answer in session.answers {
            let probed = bank[answer.questionID]?.checkpoints.map(Self.programOf) ?? []
            #expect(probed.contains(where: Self.marketing.contains), "\(answer.questionID)")
        }
        let record = progress.completeScoped(
            session: session, programs: Self.marketing, course: Self.course, at: Self.day)
        #expect(record.scope == Self.marketing && progress.diagnostics == [record])
        #expect(record.result.programs.map(\.id) == Self.marketing)
        #expect(record.result.checkpoints.allSatisfy { Self.marketing.contains(Self.programOf($0.id)) })
        #expect(record.result.gaps.allSatisfy { Self.marketing.contains(Self.programOf($0)) })
        #expect(record.overallMastery == nil)
        #expect(progress.inProgress?.contentHash == "h", "a full diagnostic left unfinished stays resumable")
        // Its report lists those programs, with their overall, and shows the others' checkpoints as not assessed.
        let text = ReportExport.text(Report(curriculum: Self.course.curriculum, record: record, progress: progress))
        #expect(text.contains(" · about programs 7-11 only · "))
        #expect(text.contains("\nOverall (programs 7-11)  "))
        #expect(text.contains("  7  Paid Social Advertising\n") && !text.contains("  6  Business Strategy"))
        let outside = Self.course.curriculum.lessons.count - record.result.checkpoints.count
        #expect(outside > 50 && text.contains(" \(outside) not assessed"))
        // A change of business profile recomputes it from its answers, still about those programs only.
        var changed = progress
        var business = BusinessProfile()
        business[.team] = "solo"
        changed.setBusinessProfile(business, course: Self.course, at: Self.day)
        #expect(changed.diagnostics[0].result.programs.map(\.id) == Self.marketing)
        #expect(changed.diagnostics[0].result.checkpoints.allSatisfy { Self.marketing.contains(Self.programOf($0.id)) })
        // Saved and read back, the scope is kept.
        let data = try JSONEncoder.dijipilot().encode(progress)
        #expect(
            try ProgressDecoding.decode(data, file: "p.json", backup: nil).file.diagnostics[0].scope == Self.marketing)
        // A re-check of program 3 on it stays about programs: 3 and 7-11.
        let recheck = try progress.recheckSession(focus: .program("3"), course: Self.course, now: Self.day)
        var rechecked = progress
        let answered = try Self.run(recheck.session, pick: { _ in 0 })
        let made = rechecked.completeRecheck(
            session: answered, focus: .program("3"), checkpoints: recheck.checkpoints, course: Self.course,
            at: Self.day.addingTimeInterval(86_400))
        let after = try #require(rechecked.diagnostics.last)
        #expect(made.diagnosticID == after.id && after.scope == ["3"] + Self.marketing)
        #expect(after.result.programs.map(\.id) == ["3"] + Self.marketing)
        // A second first diagnostic is refused: a re-check is the way to ask again.
        #expect(throws: ProgramScopeError.alreadyDiagnosed("D1")) {
            try progress.scopedSession(programs: ["3"], course: Self.course, config: DiagnosticConfig())
        }
    }

    @Test("a teammate about programs 7-11 leaves every other program's team estimate exactly as without them")
    func teamScope() throws {
        let founder = try Self.member("Ana") { _ in 0 }
        let marketer = try Self.member("Mia", programs: Self.marketing) { $0.choices.count - 2 }
        #expect(marketer.scope == Self.marketing)
        let alone = TeamPicture(members: [founder], course: Self.course, profile: BusinessProfile())
        let both = TeamPicture(members: [founder, marketer], course: Self.course, profile: BusinessProfile())
        let lessons = Self.course.curriculum.lessons
        var moved = 0
        for i in lessons.indices {
            let inScope = Self.marketing.contains(Self.programOf(lessons[i].id))
            #expect(both.covers[1][i] == inScope && both.covers[0][i])
            if inScope {
                if abs(both.combined[i] - alone.combined[i]) > 1e-6 { moved += 1 }
            } else {
                #expect(both.combined[i] == alone.combined[i], "\(lessons[i].id)")
            }
        }
        #expect(moved > 10, "the marketer's answers do move their own programs")
        // The disagreement map hears the marketer only on their programs.
        let map = TeamDisagreements(picture: both, curriculum: Self.course.curriculum, top: nil)
        #expect(!map.items.isEmpty)
        #expect(map.items.allSatisfy { Self.marketing.contains(Self.programOf($0.lessonID)) && $0.voices.count == 2 })
        // Exported and read back, the scope travels with the answers.
        let file = try TeamAnswersFile(member: marketer).encoded()
        let decoded = try TeamAnswersFile.decode(file, file: "mia.json", course: Self.course)
        #expect(decoded.member == marketer)
        let bad = String(decoding: file, as: UTF8.self).replacingOccurrences(of: "\"11\"", with: "\"42\"")
        #expect(throws: TeamError.damaged(file: "mia.json", reason: "its programs name 42, which is not a program")) {
            try TeamAnswersFile.decode(Data(bad.utf8), file: "mia.json", course: Self.course)
        }
    }

    @Test("pooling over the respondents who cover a checkpoint: nobody, one, or two of them")
    func pooling() {
        let prior = [0.5, 0.5, 0.5]
        let estimates = [[0.8, 0.8, 0.8], [0.2, 0.9, 0.5]]
        let covers = [[true, true, false], [false, true, false]]
        let team = TeamPicture.combine(prior: prior, estimates: estimates, covers: covers)
        #expect(abs(team[0] - 0.8) < 1e-12, "one respondent covering it: their estimate, untempered")
        #expect(team[1] == TeamPicture.combine(prior: prior, estimates: estimates)[1])
        #expect(team[2] == 0.5, "nobody covering it: the prior")
    }
}
