import DijipilotCore
import Foundation

/// Small wordings several screens share.
enum Wording {
    /// `45 min`, `1 h`, `2 h 45 min`.
    static func duration(_ minutes: Int) -> String {
        if minutes < 60 { return "\(minutes) min" }
        let (h, m) = (minutes / 60, minutes % 60)
        return m == 0 ? "\(h) h" : "\(h) h \(m) min"
    }

    /// `3 h`, `2.5 h`.
    static func hours(_ value: Double) -> String {
        guard value.isFinite else { return "? h" }
        return value == value.rounded() ? "\(Int(value)) h" : String(format: "%.1f h", value)
    }

    /// `24 Nov 2026` in the local calendar day (`DayWording`, shared with the core's reasons).
    static func day(_ date: Date, timeZone: TimeZone = .current) -> String { DayWording.long(date, timeZone: timeZone) }

    /// `24 Nov`: a day in a column or a sentence where the year is plain from the context.
    static func shortDay(_ date: Date, timeZone: TimeZone = .current) -> String {
        DayWording.short(date, timeZone: timeZone)
    }

    /// In place of a mastery bar, for a program no diagnostic has covered (one taken about some programs).
    static let notMeasured = "not measured"

    /// The mark beside a measurement older than `MeasurementHistory.staleAfterDays` (Home, the history).
    static let staleMark = "stale"

    /// "assessed mastered by the re-check of 3 Mar": a done lesson a re-check confirmed.
    static func assessedMastered(on date: Date) -> String { "assessed mastered by the re-check of \(shortDay(date))" }

    /// How far apart respondents' estimates are, in percentage points: "62 pts apart".
    static func pointsApart(_ spread: Double) -> String { "\(Int((spread * 100).rounded())) pts apart" }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// How a status reads in a sentence.
    static func label(_ status: LessonStatus) -> String {
        switch status {
        case .todo: "to do"
        case .doing: "in progress"
        case .done: "done"
        case .skipped: "skipped"
        }
    }
}

extension Wording {
    /// "Dropshipping · Own store · United States · Just me": the profile's answers in the core's wording, the
    /// fields left out or answered "Prefer not to say" skipped; nil when nothing filters.
    static func profileLine(_ profile: BusinessProfile) -> String? {
        let parts = ProfileField.allCases.compactMap { field in profile.filtering(field).flatMap(field.label(of:)) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
