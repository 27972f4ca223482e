import DijipilotCore

/// One visible line of the tree.
struct TreeRow: Equatable, Sendable {
    let node: TreeNode
    let isExpandable: Bool
    let isExpanded: Bool
}

/// The tree's visible rows, and how many lessons pass the filters (the pane header's "12 of 90").
struct VisibleRows: Sendable {
    var rows: [TreeRow]
    var shownLessons: Int
}

/// What the visible rows are built from: while these are the same, the kept rows are the right ones.
struct VisibleRowsInputs: Equatable, Sendable {
    /// `AppState.revision`: the curriculum, and the mastery the state filter reads.
    var revision: Int
    var expanded: Set<TreeNode>
    var collapsedWhileFiltered: Set<TreeNode>
    var filters: TreeFilters
}

extension TreeScreenState {
    /// Filtered views start fully open (collapsing there is remembered separately, until the filters change).
    func isExpanded(_ node: TreeNode) -> Bool {
        filters.isActive ? !collapsedWhileFiltered.contains(node) : expanded.contains(node)
    }

    mutating func setExpanded(_ node: TreeNode, _ open: Bool) {
        guard !node.isLesson else { return }
        if filters.isActive {
            if open { collapsedWhileFiltered.remove(node) } else { collapsedWhileFiltered.insert(node) }
        } else {
            if open { expanded.insert(node) } else { expanded.remove(node) }
        }
    }

    /// True when the lesson passes the filters (always true without filters).
    func isShown(lesson i: Int, _ ctx: TreeContext) -> Bool {
        !filters.isActive || filters.accepts(lesson: ctx.curriculum.lessons[i], state: ctx.mastery.states[i])
    }

    /// The rows on screen, in order: only expanded nodes are walked, so a collapsed tree of 10,000 lessons
    /// costs as many steps as it has programs. With filters on, one pass over the lessons finds which groups
    /// hold a match, and the groups without one are left out.
    func visibleRows(_ ctx: TreeContext) -> [TreeRow] { buildRows(ctx).rows }

    /// The visible rows, built when the expansion, the filters or the data changed since they were last kept.
    mutating func rows(_ ctx: TreeContext) -> [TreeRow] {
        let inputs = rowInputs(ctx)
        if let kept = rowCache.kept(for: inputs) { return kept.rows }
        let built = buildRows(ctx)
        rowCache.keep(built, for: inputs)
        return built.rows
    }

    /// The kept rows for drawing (a frame cannot keep anything), built afresh only if they are out of date.
    func keptRows(_ ctx: TreeContext) -> VisibleRows {
        rowCache.kept(for: rowInputs(ctx)) ?? buildRows(ctx)
    }

    private func rowInputs(_ ctx: TreeContext) -> VisibleRowsInputs {
        VisibleRowsInputs(
            revision: ctx.revision, expanded: expanded, collapsedWhileFiltered: collapsedWhileFiltered,
            filters: filters)
    }

    private func buildRows(_ ctx: TreeContext) -> VisibleRows {
        let outline = ctx.outline
        var matchesBefore: [Int]? = nil
        if filters.isActive {
            var counts = [Int](repeating: 0, count: ctx.curriculum.lessons.count + 1)
            for i in ctx.curriculum.lessons.indices { counts[i + 1] = counts[i] + (isShown(lesson: i, ctx) ? 1 : 0) }
            matchesBefore = counts
        }
        func holdsMatch(_ range: Range<Int>) -> Bool {
            guard let m = matchesBefore else { return true }
            return m[range.upperBound] > m[range.lowerBound]
        }

        var rows: [TreeRow] = []
        for (p, program) in ctx.curriculum.programs.enumerated() {
            let node = TreeNode.program(p)
            guard holdsMatch(outline.programRanges[p]) else { continue }
            let programOpen = isExpanded(node)
            rows.append(TreeRow(node: node, isExpandable: !program.missions.isEmpty, isExpanded: programOpen))
            guard programOpen else { continue }
            for (m, mission) in program.missions.enumerated() {
                let node = TreeNode.mission(p, m)
                guard holdsMatch(outline.missionRanges[p][m]) else { continue }
                let missionOpen = isExpanded(node)
                rows.append(TreeRow(node: node, isExpandable: !mission.modules.isEmpty, isExpanded: missionOpen))
                guard missionOpen else { continue }
                for (d, module) in mission.modules.enumerated() {
                    let node = TreeNode.module(p, m, d)
                    let range = outline.moduleRanges[p][m][d]
                    guard holdsMatch(range) else { continue }
                    let moduleOpen = isExpanded(node)
                    rows.append(TreeRow(node: node, isExpandable: !module.lessons.isEmpty, isExpanded: moduleOpen))
                    guard moduleOpen else { continue }
                    for i in range where holdsMatch(i..<(i + 1)) {
                        rows.append(TreeRow(node: .lesson(i), isExpandable: false, isExpanded: false))
                    }
                }
            }
        }
        return VisibleRows(rows: rows, shownLessons: matchesBefore?.last ?? ctx.curriculum.lessons.count)
    }

    /// Opens every ancestor of a node so it becomes a visible row.
    mutating func reveal(_ node: TreeNode, _ ctx: TreeContext) {
        for ancestor in ctx.outline.ancestors(of: node) { setExpanded(ancestor, true) }
    }

    /// Keeps the selection on a visible row: an invalid node falls back to the first row, a hidden one to its
    /// nearest visible ancestor.
    mutating func normalizeSelection(_ ctx: TreeContext, rows: [TreeRow]) {
        if rows.contains(where: { $0.node == selected }) { return }
        if ctx.outline.isValid(selected) {
            for ancestor in ctx.outline.ancestors(of: selected).reversed()
            where rows.contains(where: { $0.node == ancestor }) {
                selected = ancestor
                return
            }
        }
        if let first = rows.first { selected = first.node }
    }

    /// The lesson index search and `[` `]` count from: a lesson's own, or just before a group's first lesson.
    func position(_ ctx: TreeContext) -> (after: Int, before: Int) {
        guard ctx.outline.isValid(selected) else { return (-1, ctx.outline.lessonCount) }
        let range = ctx.outline.range(of: selected)
        return selected.isLesson ? (range.lowerBound, range.lowerBound) : (range.lowerBound - 1, range.lowerBound)
    }

    /// The next (or previous) lesson index after the current position that satisfies `accept`, optionally wrapping.
    func findLesson(forward: Bool, wrap: Bool, _ ctx: TreeContext, where accept: (Int) -> Bool) -> Int? {
        let count = ctx.outline.lessonCount
        guard count > 0 else { return nil }
        let (after, before) = position(ctx)
        if forward {
            for i in max(0, after + 1)..<max(max(0, after + 1), count) where accept(i) { return i }
            if wrap { for i in 0..<min(count, max(0, after + 1)) where accept(i) { return i } }
        } else {
            for i in stride(from: min(count, before) - 1, through: 0, by: -1) where accept(i) { return i }
            if wrap { for i in stride(from: count - 1, through: max(0, before), by: -1) where accept(i) { return i } }
        }
        return nil
    }
}
