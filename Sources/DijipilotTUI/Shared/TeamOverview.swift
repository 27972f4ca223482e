import DijipilotCore

/// The team of the progress file as the app shows it: who answered, and once two of them count, their combined
/// picture, its spread per checkpoint and the disagreement map. Built when the team's answers or the business
/// profile change, not per key: the picture replays every respondent's diagnostic.
struct TeamOverview: Sendable {
    let roster: TeamRoster
    /// Nil until two respondents' answers are on this curriculum: one person is not a team.
    let picture: TeamPicture?
    /// Per checkpoint, from `picture` (empty without one).
    let spreads: [Double?]
    /// Every checkpoint with a spread, the conversations worth having first on top.
    let disagreements: TeamDisagreements?

    /// What the overview is built from: the next change of the progress file rebuilds it only when these differ.
    struct Inputs: Equatable, Sendable {
        var members: [TeamMember]
        var teammates: [TeamMember]
        var business: BusinessProfile
        var respondent: String
        var role: String?
        var contentHash: String

        init(course: CourseData, progress: ProgressFile) {
            members = progress.teamMembers(course: course)
            teammates = progress.teammates
            business = progress.profile.business
            respondent = progress.ownRespondent
            role = progress.profile.role
            contentHash = course.contentHash
        }
    }

    init(course: CourseData, progress: ProgressFile) {
        roster = TeamRoster(progress: progress, course: course)
        guard roster.counted >= 2 else {
            picture = nil; spreads = []; disagreements = nil
            return
        }
        let picture = progress.teamPicture(course: course)
        self.picture = picture
        spreads = picture.spreads
        disagreements = TeamDisagreements(picture: picture, curriculum: course.curriculum, top: nil)
    }

    /// The respondents the picture combines, by name: "Ana, Sam".
    var names: String { picture?.members.map(\.respondent).joined(separator: ", ") ?? "" }
    /// What the team picture is, where a screen names the source of what it shows: "team picture of Ana, Sam".
    var pictureName: String { "team picture of \(names)" }
}
