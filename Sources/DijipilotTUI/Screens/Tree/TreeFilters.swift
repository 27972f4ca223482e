import DijipilotCore

/// Which checkpoint states the tree shows (`f` cycles).
enum TreeStateFilter: CaseIterable, Sendable {
    case all, missing, uncertain, known, notAssessed

    var label: String {
        switch self {
        case .all: "all states"
        case .missing: "missing"
        case .uncertain: "uncertain"
        case .known: "mastered or learned"
        case .notAssessed: "not assessed"
        }
    }

    func accepts(_ state: CheckpointDisplayState) -> Bool {
        switch self {
        case .all: true
        case .missing: state == .missing
        case .uncertain: state == .uncertain
        case .known: state == .mastered || state == .learned
        case .notAssessed: state == .notAssessed
        }
    }
}

/// The tree's filters by state, difficulty and path; nil difficulty/path mean "all".
struct TreeFilters: Equatable, Sendable {
    var state: TreeStateFilter = .all
    var difficulty: Difficulty?
    var path: LearningPath?
    init() {}

    var isActive: Bool { state != .all || difficulty != nil || path != nil }

    /// "missing · Advanced · Scale" for the pane header; empty when no filter is on.
    var summary: String {
        var parts: [String] = []
        if state != .all { parts.append(state.label) }
        if let difficulty { parts.append(difficulty.label) }
        if let path { parts.append(path.label) }
        return parts.joined(separator: " · ")
    }

    func accepts(lesson: Lesson, state lessonState: CheckpointDisplayState) -> Bool {
        if let difficulty, lesson.difficulty != difficulty { return false }
        if let path, lesson.path != path { return false }
        return state.accepts(lessonState)
    }

    mutating func cycleState() {
        let all = TreeStateFilter.allCases
        state = all[(all.firstIndex(of: state)! + 1) % all.count]
    }

    mutating func cycleDifficulty() { difficulty = Self.next(after: difficulty) }
    mutating func cyclePath() { path = Self.next(after: path) }

    /// nil → first case → … → last case → nil.
    private static func next<T: CaseIterable & Equatable>(after value: T?) -> T? {
        let all = Array(T.allCases)
        guard let value, let i = all.firstIndex(of: value) else { return all.first }
        return i + 1 < all.count ? all[i + 1] : nil
    }
}
