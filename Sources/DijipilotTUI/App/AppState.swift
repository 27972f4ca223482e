import DijipilotCore
import Foundation

/// A one-line message shown above the status line until the next key.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Sendable { case info, error }
    public var text: String
    public var kind: Kind
    public init(_ text: String, kind: Kind = .info) { self.text = text; self.kind = kind }
}

/// Everything the app shows, in one value. `update` changes it; `view` draws it. What belongs to one screen only
/// lives in that screen's `State`, kept in `screens`; what is here is shared by all of them.
public struct AppState: Sendable {
    public var course: CourseData {
        didSet {
            lessonRanges = LessonRanges(course.curriculum)
            derive()
        }
    }
    public var theme: Theme
    public var width: Int
    public var height: Int
    public var routes: [Route] = [ScreenRegistry.start]
    public var showingHelp = false
    public var helpScroll = 0
    public var message: StatusMessage?
    public var shouldQuit = false
    /// The time as last told by the run loop (`AppAction.clock`): update itself never reads a clock.
    public var now: Date = Date(timeIntervalSince1970: 0) {
        didSet {
            if MeasurementStanding.day(now) != measurements.day { measurements = Self.measurements(self) }
        }
    }

    /// The user's saved progress; every change goes through `Effect.saveProgress`.
    public var progress: ProgressFile {
        didSet { derive() }
    }

    // Derived views: built when what they come from changes, and kept (never per key press or frame).

    /// The latest diagnostic's result combined with the lessons marked done. At 10,000 checkpoints rebuilding
    /// it on every key cost ~50 ms.
    public private(set) var mastery: MasteryView
    /// The roadmap Home and the roadmap screen show: the saved one, or while the team picture is chosen the plan
    /// it gives (your statuses carried over; read-only, never saved).
    public private(set) var shownRoadmap: RoadmapState?
    /// `shownRoadmap` as Home and the roadmap screen list it.
    private(set) var roadmapListing: RoadmapListing
    /// When each program was last measured and the re-check due, for Home; rebuilt when the day changes too.
    private(set) var measurements: MeasurementStanding
    /// Who answered, and with two respondents their combined picture and where they disagree.
    private(set) var team: TeamOverview
    private var teamInputs: TeamOverview.Inputs
    /// Each program's, mission's and module's lessons, for the tree and the heatmap.
    private(set) var lessonRanges: LessonRanges
    /// Counts changes to `course` and `progress`: a view a screen derived at one revision (a layout, the tree's
    /// rows) is still good while the revision is the same.
    private(set) var revision = 0
    /// Set when another copy holds the progress file's lock: nothing is saved, and the screens say so.
    public var readOnlyReason: String?
    /// The diagnostic being taken, if any (resumed from `progress.inProgress` when the user chooses).
    public var session: DiagnosticSession?
    /// Set while `session` is a focused re-check: what it checks, for recording it when it finishes.
    public var recheck: PendingRecheck?
    public var config: DiagnosticConfig
    /// Whether the results, the roadmap, Home and the tree show the team picture instead of this file's own
    /// answers. For the session only: the progress file has no field for the choice, which `dijipilot report --team`
    /// and `roadmap --team` make per command.
    public var showsTeamPicture = false {
        didSet { derive() }
    }

    /// Each screen's own state (`Screen.State`), by screen.
    var screens = ScreenStates()

    public init(
        course: CourseData, progress: ProgressFile = ProgressFile(), config: DiagnosticConfig = DiagnosticConfig(),
        width: Int = 80, height: Int = 24, usesColor: Bool = true, now: Date = Date(timeIntervalSince1970: 0)
    ) {
        self.course = course
        self.progress = progress
        self.mastery = Self.mastery(course, progress, team: nil)
        self.teamInputs = TeamOverview.Inputs(course: course, progress: progress)
        self.team = TeamOverview(course: course, progress: progress)
        self.shownRoadmap = progress.roadmap
        self.roadmapListing = RoadmapListing(progress.roadmap, curriculum: course.curriculum)
        self.lessonRanges = LessonRanges(course.curriculum)
        self.measurements = MeasurementStanding(course: course, progress: progress, now: now)
        self.config = config
        self.theme = Theme(usesColor: usesColor)
        self.width = width
        self.height = height
        self.now = now
    }

    public var route: Route { routes.last ?? ScreenRegistry.start }

    /// The smallest terminal every screen is designed for.
    public static let minimumWidth = 60
    public static let minimumHeight = 18
    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// True while the team picture is chosen and there is one (two respondents or more).
    var showsTeam: Bool { showsTeamPicture && team.picture != nil }

    /// The result the results screen, Home and the tree show: the team picture's when chosen, else the latest
    /// diagnostic's.
    var shownResult: DiagnosticResult? { showsTeam ? team.picture?.result : progress.latestDiagnostic?.result }

    private mutating func derive() {
        let inputs = TeamOverview.Inputs(course: course, progress: progress)
        if inputs != teamInputs {
            team = TeamOverview(course: course, progress: progress)
            teamInputs = inputs
        }
        mastery = Self.mastery(course, progress, team: showsTeam ? team.picture : nil)
        if showsTeam, let picture = team.picture {
            let built = picture.members.map(\.takenAt).max() ?? now
            shownRoadmap = progress.teamRoadmap(picture, course: course, at: built)
        } else {
            shownRoadmap = progress.roadmap
        }
        roadmapListing = RoadmapListing(shownRoadmap, curriculum: course.curriculum)
        measurements = Self.measurements(self)
        revision &+= 1
    }

    private static func measurements(_ state: AppState) -> MeasurementStanding {
        MeasurementStanding(course: state.course, progress: state.progress, now: state.now)
    }

    private static func mastery(_ course: CourseData, _ progress: ProgressFile, team: TeamPicture?) -> MasteryView {
        MasteryView(
            curriculum: course.curriculum, result: team?.result ?? progress.latestDiagnostic?.result,
            done: progress.doneLessonIDs,
            doneAnyway: progress.doneAnywayLessonIDs)
    }
}
