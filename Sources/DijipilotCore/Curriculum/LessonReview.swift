import Foundation

/// Quality rules for lessons, run by `dijipilot validate` beside the question bank's: a lesson should give the
/// founder something to do, and its reading time should fit its text. Warnings only: a custom curriculum without
/// the work still loads and runs.
public struct LessonReview {
    public let curriculum: Curriculum
    public let curriculumFile: String

    /// Reading minutes may differ from the text's own estimate (200 words a minute) by this many minutes.
    public static let readingSlack = 2

    public init(curriculum: Curriculum, curriculumFile: String) {
        self.curriculum = curriculum; self.curriculumFile = curriculumFile
    }

    public func problems() -> [ValidationProblem] {
        curriculum.lessons.indices.flatMap { i -> [ValidationProblem] in
            let lesson = curriculum.lessons[i]
            let loc = curriculum.locations[i]
            let path = "programs[\(loc.program)].missions[\(loc.mission)].modules[\(loc.module)].lessons[\(loc.lesson)]"
            var found: [ValidationProblem] = []
            if lesson.work == nil {
                found.append(
                    ValidationProblem(
                        file: curriculumFile, path: path,
                        message:
                            "lesson \(lesson.id) has no steps or doneWhen: the founder reads it but has nothing to do and no way "
                            + "to tell it is done; add 3 to 6 steps and 2 to 4 criteria", severity: .warning))
            }
            let expected = lesson.readingMinutesFromText
            if abs(lesson.readingMinutes - expected) > Self.readingSlack {
                found.append(
                    ValidationProblem(
                        file: curriculumFile, path: "\(path).minutes",
                        message:
                            "lesson \(lesson.id) says \(lesson.readingMinutes) min of reading, but its \(lesson.wordCount) words "
                            + "take about \(expected) at 200 words a minute: set the reading time to \(expected)"
                            + (lesson.doingMinutes == 0
                                ? " and give the doing time apart, {\"reading\": \(expected), \"doing\": N}" : ""),
                        severity: .warning))
            }
            return found
        }
    }
}
