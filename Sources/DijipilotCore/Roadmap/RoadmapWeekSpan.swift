import Foundation

/// How many calendar weeks each plan week takes. A week holds lessons up to the weekly time, except that a lesson
/// longer than it gets a week of its own and runs on into as many more as its minutes need; the next lesson starts
/// after them (`RoadmapGenerator.weekNumbers` numbers the weeks so). A 6 h lesson at 3 h a week is "Weeks 1–2", the
/// next lesson "Week 3", and the plan's length counts both weeks. A plan saved before this rule numbered its weeks
/// without gaps: each of its weeks takes one.
extension RoadmapState {
    /// The calendar weeks each plan week (number > 0) takes, at least 1.
    public func weekSpans(minutes: (String) -> Int) -> [Int: Int] {
        let budget = RoadmapGenerator.budgetMinutes(hoursPerWeek: hoursPerWeek)
        var minutesByWeek: [Int: Int] = [:]
        for item in items where item.week > 0 {
            minutesByWeek[item.week, default: 0] += max(0, minutes(item.lessonID))
        }
        let numbers = minutesByWeek.keys.sorted()
        var spans: [Int: Int] = [:]
        for (i, number) in numbers.enumerated() {
            let needed = RoadmapGenerator.weeksNeeded(minutes: minutesByWeek[number]!, budgetMinutes: budget)
            spans[number] = i + 1 < numbers.count ? max(1, min(needed, numbers[i + 1] - number)) : needed
        }
        return spans
    }

    /// The same with each lesson's minutes (reading and doing) from the curriculum.
    public func weekSpans(curriculum: Curriculum) -> [Int: Int] {
        weekSpans { curriculum.lesson($0)?.totalMinutes ?? 0 }
    }

    /// Calendar weeks from week 1 to the end of the last plan week (0 for an empty plan).
    public func lengthInWeeks(minutes: (String) -> Int) -> Int { Self.length(spans: weekSpans(minutes: minutes)) }

    /// Calendar weeks from week 1 to the end of the last of these plan weeks (0 for none).
    public static func length(spans: [Int: Int]) -> Int { spans.map { $0.key + $0.value - 1 }.max() ?? 0 }

    /// "Week 3", or "Weeks 1–2" for a week a long lesson runs on from.
    public static func weekTitle(_ number: Int, span: Int) -> String {
        span > 1 ? "Weeks \(number)–\(number + span - 1)" : "Week \(number)"
    }
}
