import DijipilotCore
import Foundation

/// When each program was last measured, which re-check is due and which done lessons a re-check confirmed
/// (issue 14), as Home and the roadmap show them. Built from the
/// course, the progress and the day, and kept in `AppState`: staleness changes with the day, not each second.
struct MeasurementStanding: Sendable {
    /// Each program's latest measurement, by program id.
    let byProgram: [String: MeasurementHistory.ProgramMeasurement]
    /// Programs whose latest measurement is older than `MeasurementHistory.staleAfterDays`.
    let staleCount: Int
    /// True when every measured program is stale (the latest diagnostic itself is old).
    let allStale: Bool
    let due: DueRecheck?
    /// Done lessons a re-check confirmed ("assessed mastered"), with the day of that re-check.
    let assessed: [String: Date]
    /// The day it was built for, in whole days since 1970.
    let day: Int

    init(course: CourseData, progress: ProgressFile, now: Date) {
        let measured = MeasurementHistory.lastMeasured(progress, curriculum: course.curriculum)
        byProgram = Dictionary(measured.map { ($0.programID, $0) }, uniquingKeysWith: { a, _ in a })
        staleCount = measured.filter { $0.isStale(now: now) }.count
        allStale = !measured.isEmpty && staleCount == measured.count
        due = progress.dueRecheck(course: course, now: now)
        assessed = progress.assessedMastered
        day = Self.day(now)
    }

    static func day(_ date: Date) -> Int { Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) }
}
