import Foundation

/// Builds a roadmap from a diagnostic result: what to learn, in which order, in which week.
///
/// The lessons to study are the missing and uncertain checkpoints, plus any prerequisite of those that is
/// neither mastered nor done, minus what is done and what the business profile ruled out (`notApplicable`).
/// They are ordered by Kahn's algorithm over the prerequisite graph restricted to them, taking from a priority
/// queue: first the lessons that are ready to learn now (every prerequisite mastered or done: Knowledge Space
/// Theory's outer fringe), then by how sure the gap is (`GapCertainty`: a checkpoint read as missing before one
/// that is more likely missing than not, before one that is probably in place and only unconfirmed), then by stage
/// (launch, grow, scale), by how many other lessons of the plan each unblocks, by difficulty, and by curriculum
/// order. Prerequisites still come before their dependants whatever their certainty.
public enum RoadmapGenerator {
    /// Answers that speak against a checkpoint: which question (and its 1-based number) and what was picked.
    public typealias Evidence = (String) -> [(questionID: String, questionNumber: Int, label: String)]

    public static func generate(
        curriculum: Curriculum, result: DiagnosticResult, done: Set<String> = [],
        hoursPerWeek: Double = ProgressFile.Settings.defaultHoursPerWeek,
        evidence: Evidence = { _ in [] }
    ) -> Roadmap {
        let lessons = curriculum.lessons
        let graph = PrerequisiteGraph(curriculum: curriculum)
        var assessed = [CheckpointResult?](repeating: nil, count: lessons.count)
        for checkpoint in result.checkpoints {
            if let i = curriculum.indexByID[checkpoint.id] { assessed[i] = checkpoint }
        }
        let isDone = lessons.map { done.contains($0.id) }
        // A lesson the business profile ruled out is never planned, not even as a prerequisite.
        var notApplicable = [Bool](repeating: false, count: lessons.count)
        for id in result.notApplicable { if let i = curriculum.indexByID[id] { notApplicable[i] = true } }
        func satisfied(_ i: Int) -> Bool { isDone[i] || notApplicable[i] || assessed[i]?.state == .mastered }

        // The plan: gaps in curriculum order, then their unmet prerequisites (breadth first, so the reason names
        // the nearest lesson that needs it).
        var inPlan = [Bool](repeating: false, count: lessons.count)
        var neededBy = [Int?](repeating: nil, count: lessons.count)
        var queue: [Int] = []
        for i in lessons.indices where !isDone[i] && !notApplicable[i] {
            if let state = assessed[i]?.state, state != .mastered { inPlan[i] = true; queue.append(i) }
        }
        var head = 0
        while head < queue.count {
            let i = queue[head]; head += 1
            for j in graph.prerequisites[i] where !inPlan[j] && !satisfied(j) {
                inPlan[j] = true; neededBy[j] = i; queue.append(j)
            }
        }
        let plan = queue.sorted()

        var waitingOn = [Int](repeating: 0, count: lessons.count)
        var unblocks = [Int](repeating: 0, count: lessons.count)
        for i in plan {
            waitingOn[i] = graph.prerequisites[i].reduce(0) { $0 + (inPlan[$1] ? 1 : 0) }
            unblocks[i] = graph.dependents[i].reduce(0) { $0 + (inPlan[$1] ? 1 : 0) }
        }
        var readyNow = [Bool](repeating: false, count: lessons.count)
        for i in plan { readyNow[i] = waitingOn[i] == 0 }

        func key(_ i: Int) -> Priority {
            Priority(
                tier: readyNow[i] ? 0 : 1, certainty: GapCertainty(assessed[i]).rawValue,
                stage: lessons[i].path.rank, unblocks: -unblocks[i],
                difficulty: lessons[i].difficulty.rank, index: i)
        }
        var available = PriorityQueue(plan.filter { readyNow[$0] }.map(key))
        var order: [Int] = []
        order.reserveCapacity(plan.count)
        while let next = available.pop() {
            order.append(next.index)
            for j in graph.dependents[next.index] where inPlan[j] {
                waitingOn[j] -= 1
                if waitingOn[j] == 0 { available.push(key(j)) }
            }
        }
        if order.count < plan.count {
            // A prerequisite cycle (the validator rejects these in shipped data): keep its lessons, in curriculum order.
            var placed = [Bool](repeating: false, count: lessons.count)
            for i in order { placed[i] = true }
            order += plan.filter { !placed[$0] }
        }

        let entries = order.map { i -> Roadmap.Entry in
            let (kind, reason) = Self.reason(
                lessons[i].id, assessed: assessed[i],
                neededBy: neededBy[i].map { lessons[$0].id }, evidence: evidence)
            return Roadmap.Entry(
                lessonID: lessons[i].id, reason: reason, kind: kind,
                minutes: max(0, lessons[i].totalMinutes), readyToLearn: readyNow[i])
        }
        let hours = hoursPerWeek.isFinite && hoursPerWeek > 0 ? hoursPerWeek : ProgressFile.Settings.defaultHoursPerWeek
        return Roadmap(hoursPerWeek: hours, weeks: group(entries, budgetMinutes: budgetMinutes(hoursPerWeek: hours)))
    }

    /// The weekly study time in whole minutes, at least 1.
    public static func budgetMinutes(hoursPerWeek: Double) -> Int { max(1, Int((hoursPerWeek * 60).rounded())) }

    /// The calendar weeks a week of this many minutes takes at the budget: 1, or more for one long lesson. Lesson
    /// times are estimates, so a week may run a tenth over its budget before it spills into the next: a 3 h 3 min
    /// lesson at 3 h a week is one week, not two.
    static func weeksNeeded(minutes: Int, budgetMinutes: Int) -> Int {
        let beyondSlack = minutes - budgetMinutes / 10
        return max(1, (beyondSlack + budgetMinutes - 1) / budgetMinutes)
    }

    /// Fills weeks in order up to the budget; a lesson longer than the budget gets a week of its own and the weeks
    /// it runs on into (see `RoadmapState.weekSpans`).
    static func group(_ entries: [Roadmap.Entry], budgetMinutes: Int) -> [Roadmap.Week] {
        var weeks: [Roadmap.Week] = []
        for (entry, number) in zip(entries, weekNumbers(minutes: entries.map(\.minutes), budgetMinutes: budgetMinutes))
        {
            if weeks.last?.number == number {
                weeks[weeks.count - 1].entries.append(entry)
            } else {
                weeks.append(Roadmap.Week(number: number, entries: [entry]))
            }
        }
        return weeks
    }

    /// The grouping rule alone: for lessons of these lengths in study order, the 1-based week each starts in.
    static func weekNumbers(minutes: [Int], budgetMinutes: Int) -> [Int] {
        var numbers: [Int] = []
        var week = 1, used = 0, inWeek = 0
        for length in minutes {
            if inWeek > 0 && used + length > budgetMinutes { week += 1; used = 0; inWeek = 0 }
            numbers.append(week)
            used += length; inWeek += 1
            if used >= budgetMinutes {
                week += weeksNeeded(minutes: used, budgetMinutes: budgetMinutes); used = 0; inWeek = 0
            }
        }
        return numbers
    }

    static func reason(
        _ id: String, assessed: CheckpointResult?, neededBy: String?,
        evidence: Evidence
    ) -> (Roadmap.ReasonKind, String) {
        let p = assessed.map { ProbabilityFormat.percent($0.probability) }
        switch assessed?.state {
        case .missing?:
            if let first = evidence(id).first {
                return (.missing, "missing: you answered “\(first.label)” in question \(first.questionNumber)")
            }
            return (.missing, "missing: about \(p ?? "?") likely in place")
        case .uncertain?:
            return (.uncertain, "uncertain: about \(p ?? "?") likely in place")
        default:
            return (.prerequisite, "prerequisite of \(neededBy ?? "a lesson of the plan")")
        }
    }

    struct Priority: Comparable {
        var tier: Int, certainty: Int, stage: Int, unblocks: Int, difficulty: Int, index: Int
        static func < (a: Priority, b: Priority) -> Bool {
            (a.tier, a.certainty, a.stage, a.unblocks, a.difficulty, a.index)
                < (b.tier, b.certainty, b.stage, b.unblocks, b.difficulty, b.index)
        }
    }

    /// How sure the diagnostic is that a lesson of the plan is a real gap: a plan that opens with lessons the
    /// business probably already runs (an uncertain checkpoint at 80%) spends the founder's first weeks on them.
    enum GapCertainty: Int {
        /// Read as missing (p at most 1 − confidence).
        case missing = 0
        /// Uncertain, more likely missing than in place; also a prerequisite no answer reached.
        case likelyMissing = 1
        /// Uncertain but more likely in place than not: a re-check may take it off the plan.
        case likelyInPlace = 2

        init(_ assessed: CheckpointResult?) {
            switch assessed?.state {
            case .missing?: self = .missing
            case .uncertain? where assessed!.probability >= 0.5: self = .likelyInPlace
            default: self = .likelyMissing
            }
        }
    }
}
