import DijipilotCore
import Foundation
import Testing

@testable import DijipilotTUI

/// A progress file with a team, built through the core's API: Ana (founder) takes the scripted diagnostic, then
/// the files of two teammates who answered the same questions otherwise are added as `dijipilot team add` would.
enum TeamFixture {
    typealias F = DiagnosticFixture

    /// Ana's state after her diagnostic, on Home, with `teammates` of Sam (operations: the next option on every
    /// question) and Kim (marketing: the first option everywhere) added.
    static func state(width: Int = 80, height: Int = 24, teammates: Int = 2) throws -> AppState {
        var progress = F.profiled
        progress.profile.respondent = "Ana"
        progress.profile.role = "founder"
        var state = try F.state(width: width, height: height, progress: progress)
        F.scriptedDiagnostic(&state)
        state.routes = [.home]
        let course = state.course
        guard let own = state.progress.ownMember(course: course) else { throw Missing() }
        let questions = Dictionary(uniqueKeysWithValues: course.bank.questions.map { ($0.id, $0) })
        func answers(_ choose: (RecordedAnswer, Int) -> Int) -> [RecordedAnswer] {
            own.answers.map { answer in
                var other = answer
                other.choice = choose(answer, questions[answer.questionID]?.choices.count ?? 1)
                return other
            }
        }
        let others = [
            TeamMember(
                respondent: "Sam", role: "operations", takenAt: F.now.addingTimeInterval(86_400),
                contentHash: course.contentHash, answers: answers { ($0.choice + 1) % $1 }),
            TeamMember(
                respondent: "Kim", role: "marketing", takenAt: F.now.addingTimeInterval(2 * 86_400),
                contentHash: course.contentHash, answers: answers { _, _ in 0 }),
        ]
        let files = try others.prefix(teammates).map {
            (name: "\($0.respondent.lowercased()).json", data: try TeamAnswersFile(member: $0).encoded())
        }
        _ = try state.progress.addTeammates(files, course: course)
        return state
    }

    struct Missing: Error {}
}
