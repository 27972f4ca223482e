import DijipilotCore

/// What the roadmap needs to know about a lesson beyond the saved item: the curriculum's facts and whether its
/// prerequisites are in place.
struct RoadmapLessonFacts {
    let lesson: Lesson?
    let index: Int?
    /// Prerequisites neither mastered by the latest diagnostic nor done, in the lesson's order.
    let waitingOn: [String]
    /// Marked done without every Done-when criterion ticked: drawn apart from learned lessons.
    let doneAnyway: Bool

    init(_ lessonID: String, course: Curriculum, mastery: MasteryView) {
        index = course.indexByID[lessonID]
        lesson = index.map { course.lessons[$0] }
        doneAnyway = mastery.state(of: lessonID) == .doneAnyway
        waitingOn = (lesson?.prerequisites ?? []).filter { id in
            guard course.indexByID[id] != nil else { return false }
            let state = mastery.state(of: id)
            return state != .mastered && state != .learned
        }
    }

    /// Every prerequisite is mastered or done: the lesson can be studied now (Knowledge Space Theory's fringe).
    var readyToLearn: Bool { lesson != nil && waitingOn.isEmpty }
    var minutes: Int { max(0, lesson?.totalMinutes ?? 0) }
}
