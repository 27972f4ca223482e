import Foundation

/// A generated study plan: lessons in the order to learn them, grouped into weeks by the weekly budget.
public struct Roadmap: Equatable, Sendable {
    /// Why a lesson is on the plan.
    public enum ReasonKind: String, Codable, CaseIterable, Sendable {
        case missing, uncertain, prerequisite
    }

    public struct Entry: Equatable, Sendable {
        public var lessonID: String
        /// One line for the learner, e.g. `missing: you answered “No” in question 3`.
        public var reason: String
        public var kind: ReasonKind
        public var minutes: Int
        /// All its prerequisites are already mastered or done (the outer fringe of what is known).
        public var readyToLearn: Bool
        public init(lessonID: String, reason: String, kind: ReasonKind, minutes: Int, readyToLearn: Bool) {
            self.lessonID = lessonID; self.reason = reason; self.kind = kind
            self.minutes = minutes; self.readyToLearn = readyToLearn
        }
    }

    public struct Week: Equatable, Sendable {
        /// 1-based.
        public var number: Int
        public var entries: [Entry]
        public init(number: Int, entries: [Entry]) { self.number = number; self.entries = entries }
        public var minutes: Int { entries.reduce(0) { $0 + $1.minutes } }
    }

    public var hoursPerWeek: Double
    public var weeks: [Week]
    public init(hoursPerWeek: Double, weeks: [Week]) { self.hoursPerWeek = hoursPerWeek; self.weeks = weeks }

    /// Every entry in study order.
    public var entries: [Entry] { weeks.flatMap(\.entries) }
    public var totalMinutes: Int { weeks.reduce(0) { $0 + $1.minutes } }
    public var isEmpty: Bool { weeks.isEmpty }
}
