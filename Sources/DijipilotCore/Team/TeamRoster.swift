import Foundation

/// Who is on the team of a progress file, as `dijipilot team list` and the app's team screen list them: this file's
/// own diagnostic first, then each teammate added, with whether their answers count in the team picture.
public struct TeamRoster: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var respondent: String
        public var role: String?
        /// Nil for this file's own respondent before any diagnostic on this curriculum.
        public var takenAt: Date?
        public var answered: Int
        /// " about programs 7-11" for a diagnostic about some programs (`assess --programs`), else empty.
        public var scopeNote: String
        /// True for this file's own diagnostic, false for a teammate added with `team add`.
        public var isOwn: Bool
        /// False for a teammate whose answers were given on another curriculum version: left out of the picture.
        public var counts: Bool
    }

    public var entries: [Entry]

    public init(progress: ProgressFile, course: CourseData) {
        let own = progress.ownMember(course: course)
        var entries = [
            Entry(
                respondent: progress.ownRespondent, role: progress.profile.role, takenAt: own?.takenAt,
                answered: own?.answers.count ?? 0, scopeNote: own?.scopeNote ?? "", isOwn: true, counts: own != nil)
        ]
        entries += progress.teammates.map { member in
            Entry(
                respondent: member.respondent, role: member.role, takenAt: member.takenAt,
                answered: member.answers.count, scopeNote: member.scopeNote, isOwn: false,
                counts: member.contentHash == course.contentHash)
        }
        self.entries = entries
    }

    /// The teammates added (everyone but this file's own respondent).
    public var teammates: [Entry] { entries.filter { !$0.isOwn } }

    /// How many respondents the team picture combines.
    public var counted: Int { entries.filter(\.counts).count }

    /// Why an entry is or is not in the picture, in a few words.
    public static func note(_ entry: Entry) -> String {
        if entry.isOwn { return entry.counts ? "this file's own diagnostic" : "no diagnostic on this curriculum yet" }
        return entry.counts ? "added" : "added; another curriculum version, left out"
    }
}
