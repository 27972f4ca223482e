import Foundation

extension RoadmapState {
    /// The same lessons in the same order, with their statuses, regrouped into weeks for another weekly budget.
    /// Lessons kept from an earlier plan (week 0) stay there; the rule is the generator's: weeks fill in order up to
    /// the budget, and a lesson longer than the budget gets a week of its own and the weeks it runs on into.
    public func rebudgeted(hoursPerWeek hours: Double, minutes: (String) -> Int) -> RoadmapState {
        var result = self
        result.hoursPerWeek = hours
        let planned = items.indices.filter { items[$0].week > 0 }.sorted { (items[$0].week, $0) < (items[$1].week, $1) }
        let weeks = RoadmapGenerator.weekNumbers(
            minutes: planned.map { max(0, minutes(items[$0].lessonID)) },
            budgetMinutes: RoadmapGenerator.budgetMinutes(hoursPerWeek: hours))
        for (i, week) in zip(planned, weeks) { result.items[i].week = week }
        // Keep the saved order equal to the study order, as a freshly generated plan has it.
        let kept = items.indices.filter { items[$0].week == 0 }
        result.items = planned.map { result.items[$0] } + kept.map { result.items[$0] }
        return result
    }
}

extension ProgressFile {
    /// The weekly study budgets one can choose, in hours.
    public static let hoursPerWeekRange: ClosedRange<Double> = 0.5...40

    /// Sets the weekly budget (clamped to `hoursPerWeekRange`) and regroups the saved roadmap's weeks by it;
    /// the next diagnostic's roadmap uses it too. Returns false when nothing changed.
    @discardableResult
    public mutating func setHoursPerWeek(_ hours: Double, curriculum: Curriculum) -> Bool {
        guard hours.isFinite else { return false }
        let clamped = min(max(hours, Self.hoursPerWeekRange.lowerBound), Self.hoursPerWeekRange.upperBound)
        let changed = clamped != settings.hoursPerWeek || (roadmap.map { $0.hoursPerWeek != clamped } ?? false)
        settings.hoursPerWeek = clamped
        if let roadmap {
            self.roadmap = roadmap.rebudgeted(hoursPerWeek: clamped) { curriculum.lesson($0)?.totalMinutes ?? 0 }
        }
        return changed
    }
}
