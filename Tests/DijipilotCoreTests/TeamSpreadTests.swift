import Foundation
import Testing

@testable import DijipilotCore

@Suite("Team mode: the spread per checkpoint, its levels, and the roster")
struct TeamSpreadTests {
    typealias C = DiagnosticTestCourses
    typealias T = TeamTests

    @Test("the spread is the highest estimate minus the lowest, per checkpoint")
    func spread() {
        let ana = T.member("Ana", [("q1-1", C.yes), ("q2-1", C.yes)])
        let sam = T.member("Sam", [("q1-1", C.no), ("q2-1", C.yes)])
        let kim = T.member("Kim", [("q1-1", C.notSure)])
        let picture = T.picture(ana, sam, kim)
        let spreads = picture.spreads
        #expect(spreads.count == T.course.curriculum.lessons.count)
        for i in spreads.indices {
            let ps = picture.estimates.map { $0[i] }
            #expect(spreads[i] == ps.max()! - ps.min()!)
        }
        // Yes against no is a wider gap than yes against yes.
        #expect(spreads[0]! > spreads[1]!)
        #expect(spreads[0]! > 0.25)
    }

    @Test("one respondent has no spread anywhere; with two, exactly the checkpoints that apply have one")
    func noSpread() {
        let ana = T.member("Ana", [("q1-1", C.yes)])
        #expect(T.picture(ana).spreads.allSatisfy { $0 == nil })
        let sam = T.member("Sam", [("q1-1", C.no)])
        let picture = T.picture(ana, sam)
        #expect(zip(picture.spreads, picture.applies).allSatisfy { ($0 == nil) == !$1 })
    }

    @Test("the levels: under 10 points agree, then 10, 25 and 50 points; a mission cell takes its widest")
    func levels() {
        #expect(DisagreementLevel(spread: 0) == .agree)
        #expect(DisagreementLevel(spread: 0.099) == .agree)
        #expect(DisagreementLevel(spread: 0.10) == .slight)
        #expect(DisagreementLevel(spread: 0.249) == .slight)
        #expect(DisagreementLevel(spread: 0.25) == .clear)
        #expect(DisagreementLevel(spread: 0.50) == .opposite)
        #expect(DisagreementLevel(spread: 1) == .opposite)
        #expect(DisagreementLevel.widest([0.05, nil, 0.3]) == .clear)
        #expect(DisagreementLevel.widest([nil, nil]) == nil)
        #expect(Set(DisagreementLevel.allCases.map(\.glyph)).count == DisagreementLevel.allCases.count)
    }

    @Test("the disagreement map lists exactly the checkpoints with a spread, each with its spread")
    func mapUsesSpreads() {
        let ana = T.member("Ana", [("q1-1", C.yes), ("q3-1", C.yes)])
        let sam = T.member("Sam", [("q1-1", C.no), ("q3-1", C.no)])
        let picture = T.picture(ana, sam)
        let map = TeamDisagreements(picture: picture, curriculum: T.course.curriculum, top: nil)
        let lessons = T.course.curriculum.lessons
        for item in map.items {
            let i = lessons.firstIndex { $0.id == item.lessonID }!
            #expect(picture.spreads[i] == item.spread)
        }
        let listed = Set(map.items.map(\.lessonID))
        for (i, spread) in picture.spreads.enumerated() where (spread ?? 0) > 0.005 {
            #expect(listed.contains(lessons[i].id))
        }
    }

    @Test("the roster lists this file's own respondent first, then teammates, and who counts in the picture")
    func roster() throws {
        var ana = T.progress("Ana", [("q1-1", C.yes)])
        let sam = try T.progress("Sam", [("q1-1", C.no), ("q2-1", C.yes)]).teamExport(course: T.course)
        var old = try T.progress("Old", [("q1-1", C.no)]).teamExport(course: T.course)
        _ = try ana.addTeammates([("sam.json", try sam.encoded())], course: T.course)
        old.contentHash = "another"
        ana.teammates.append(old.member)
        let roster = TeamRoster(progress: ana, course: T.course)
        #expect(roster.entries.map(\.respondent) == ["Ana", "Sam", "Old"])
        #expect(roster.entries.map(\.answered) == [1, 2, 1])
        #expect(roster.entries.map(\.isOwn) == [true, false, false])
        #expect(roster.entries.map(\.counts) == [true, true, false])
        #expect(roster.counted == 2)
        #expect(roster.teammates.map(\.respondent) == ["Sam", "Old"])
        #expect(TeamRoster.note(roster.entries[2]).contains("another curriculum version"))

        let alone = TeamRoster(progress: ProgressFile(), course: T.course)
        #expect(alone.entries.count == 1 && alone.entries[0].takenAt == nil && !alone.entries[0].counts)
        #expect(alone.entries[0].respondent == "you")
        #expect(alone.teammates.isEmpty)
    }
}
