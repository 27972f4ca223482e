import DijipilotCore

/// The curriculum screen's pure update: keys and clicks change `state.tree` (and notes and statuses in
/// `state.progress`, answered with `.saveProgress`).
enum TreeUpdate {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        var ctx = TreeContext(state)
        if !ctx.outline.isValid(state.tree.selected) { state.tree.selected = .program(0) }
        let before = state.tree.selected
        var effects: [Effect] = []
        if state.tree.noteDraft != nil {
            effects = NoteInput.handle(key, &state, ctx)
        } else if state.tree.searchDraft != nil {
            SearchInput.handle(key, &state, ctx)
        } else if case .mouse(let x, let y, let kind) = key {
            handleMouse(x: x, y: y, kind: kind, &state, ctx)
        } else if let command = TreeKeys.bindings(focus: state.tree.focus).command(for: key) {
            effects = perform(command, key, &state, ctx)
        }
        if effects.contains(.saveProgress) { ctx = TreeContext(state) }  // a status change moves mastery
        finish(&state, ctx)
        // After `finish`: a filter change can move the selection there too, and a link chosen on the old
        // lesson means nothing on the new one.
        if state.tree.selected != before {
            state.tree.detailScroll = 0
            state.tree.selectedLink = nil
        }
        return effects
    }

    static func perform(_ command: TreeCommand, _ key: Key, _ state: inout AppState, _ ctx: TreeContext) -> [Effect] {
        let rows = state.tree.visibleRows(ctx)
        let row = rows.firstIndex { $0.node == state.tree.selected }
        let page = max(1, treeHeight(state) - 1)
        switch command {
        case .up: move(to: (row ?? 0) - 1, rows, &state)
        case .down: move(to: (row ?? -1) + 1, rows, &state)
        case .pageUp: move(to: (row ?? 0) - page, rows, &state)
        case .pageDown: move(to: (row ?? 0) + page, rows, &state)
        case .first: move(to: 0, rows, &state)
        case .last: move(to: rows.count - 1, rows, &state)
        case .expand:
            guard let row else { return [] }
            let current = rows[row]
            if current.node.isLesson { openDetail(&state) }
            else if !current.isExpanded { state.tree.setExpanded(current.node, true) }
            else if row + 1 < rows.count, rows[row + 1].node.depth > current.node.depth { state.tree.selected = rows[row + 1].node }
        case .collapse:
            guard let row else { return [] }
            let current = rows[row]
            if current.isExpanded { state.tree.setExpanded(current.node, false) }
            else if let parent = ctx.outline.parent(of: current.node) { state.tree.selected = parent }
        case .toggle:
            guard let row else { return [] }
            activate(rows[row], &state)

        case .scrollUp: scrollDetail(by: -1, &state, ctx)
        case .scrollDown: scrollDetail(by: 1, &state, ctx)
        case .scrollPageUp: scrollDetail(by: -detailPage(state), &state, ctx)
        case .scrollPageDown: scrollDetail(by: detailPage(state), &state, ctx)
        case .scrollTop: state.tree.detailScroll = 0
        case .scrollBottom: scrollDetail(by: Int.max / 2, &state, ctx)
        case .nextLink: nextLink(&state, ctx)
        case .openLink:
            guard let link = state.tree.selectedLink else {
                if state.tree.selected.isLesson {
                    state.message = StatusMessage("Press p to choose a prerequisite, then Enter to open it")
                }
                return []
            }
            openPrerequisite(link, &state, ctx)
        case .openNumberedLink:
            if case .character(let c) = key, let n = c.wholeNumberValue { openPrerequisite(n - 1, &state, ctx) }
        case .backToTree: state.tree.focus = .tree

        case .focusNext, .focusPrevious:
            state.tree.focus = state.tree.focus == .tree ? .detail : .tree
        case .search:
            state.tree.searchDraft = ""
        case .nextMatch: stepSearch(forward: true, &state, ctx)
        case .previousMatch: stepSearch(forward: false, &state, ctx)
        case .cycleStateFilter: changeFilters(&state, ctx) { $0.cycleState() }
        case .cycleDifficulty: changeFilters(&state, ctx) { $0.cycleDifficulty() }
        case .cyclePath: changeFilters(&state, ctx) { $0.cyclePath() }
        case .clearFilters:
            state.tree.search = ""; state.tree.searchHit = nil; state.tree.searchMatchCount = 0
            changeFilters(&state, ctx) { $0 = TreeFilters() }
        case .previousLesson: stepLesson(forward: false, &state, ctx)
        case .nextLesson: stepLesson(forward: true, &state, ctx)
        case .editNote: NoteInput.start(&state, ctx)
        case .toggleDone: return toggleDone(&state, ctx)
        }
        return []
    }

    // MARK: - Tree movement

    static func move(to index: Int, _ rows: [TreeRow], _ state: inout AppState) {
        guard !rows.isEmpty else { return }
        state.tree.selected = rows[min(max(0, index), rows.count - 1)].node
    }

    /// Enter, Space or a click on the selected row: a group opens or closes, a lesson opens in the lesson pane.
    static func activate(_ row: TreeRow, _ state: inout AppState) {
        if row.node.isLesson { openDetail(&state) }
        else if row.isExpandable { state.tree.setExpanded(row.node, !row.isExpanded) }
    }

    static func openDetail(_ state: inout AppState) {
        state.tree.focus = .detail
    }

    /// Selects a lesson and opens its ancestors; filters that would hide it are cleared, and the user is told.
    static func select(lesson i: Int, _ state: inout AppState, _ ctx: TreeContext) {
        if !state.tree.isShown(lesson: i, ctx) {
            state.tree.filters = TreeFilters()
            state.tree.collapsedWhileFiltered = []
            state.message = StatusMessage("Filters cleared to show \(ctx.curriculum.lessons[i].id)")
        }
        state.tree.selected = .lesson(i)
        state.tree.reveal(.lesson(i), ctx)
    }

    /// `[` and `]`: the previous or next lesson in curriculum order that passes the filters.
    static func stepLesson(forward: Bool, _ state: inout AppState, _ ctx: TreeContext) {
        guard let i = state.tree.findLesson(forward: forward, wrap: false, ctx, where: { state.tree.isShown(lesson: $0, ctx) }) else {
            state.message = StatusMessage(forward ? "This is the last lesson" : "This is the first lesson")
            return
        }
        select(lesson: i, &state, ctx)
    }

    static func changeFilters(_ state: inout AppState, _ ctx: TreeContext, _ change: (inout TreeFilters) -> Void) {
        change(&state.tree.filters)
        state.tree.collapsedWhileFiltered = []
        // The selection stays where it was when it still passes; the unfiltered tree opens down to it.
        if ctx.outline.isValid(state.tree.selected) { state.tree.reveal(state.tree.selected, ctx) }
        if !state.tree.search.isEmpty { SearchInput.countMatches(&state, ctx) }
    }

    // MARK: - Search

    static func stepSearch(forward: Bool, _ state: inout AppState, _ ctx: TreeContext) {
        guard !state.tree.search.isEmpty else {
            state.message = StatusMessage("No search yet: press / to search")
            return
        }
        let matcher = TreeSearch(state.tree.search)
        let tree = state.tree
        let accept: (Int) -> Bool = { tree.isShown(lesson: $0, ctx) && matcher.matches(ctx.curriculum.lessons[$0]) }
        guard let i = tree.findLesson(forward: forward, wrap: true, ctx, where: accept) else {
            state.message = StatusMessage("No lesson matches “\(state.tree.search)”", kind: .error)
            return
        }
        let (after, before) = tree.position(ctx)
        if forward ? i <= after : i >= before {
            state.message = StatusMessage(forward ? "Search went past the end, back to the first match" : "Search went past the start, on to the last match")
        }
        select(lesson: i, &state, ctx)
        state.tree.searchHit = .init(lesson: i, ordinal: (0..<i).reduce(1) { $0 + (accept($1) ? 1 : 0) })
    }

    // MARK: - Lesson pane

    static func detailLines(_ state: AppState, _ ctx: TreeContext) -> [StyledLine] {
        TreeRender.detailLines(state, ctx, width: TreeLayout.detailWidth(state))
    }

    static func detailHeight(_ state: AppState) -> Int {
        var tree = state.tree
        tree.focus = .detail
        return TreeLayout(area: TreeLayout.contentArea(state), tree: tree).detailBody?.height ?? 0
    }

    static func detailPage(_ state: AppState) -> Int { max(1, detailHeight(state) - 1) }

    static func scrollDetail(by delta: Int, _ state: inout AppState, _ ctx: TreeContext) {
        let count = detailLines(state, ctx).count
        let maximum = TextBlock.maxScroll(lineCount: count, height: detailHeight(state))
        state.tree.detailScroll = max(0, min(maximum, min(state.tree.detailScroll, maximum) + delta))
    }

    /// `p`: the next prerequisite link, scrolled into view.
    static func nextLink(_ state: inout AppState, _ ctx: TreeContext) {
        guard let i = state.tree.selected.lessonIndex else { return }
        let count = LessonDetail.linkCount(lesson: i, ctx: ctx)
        guard count > 0 else {
            state.message = StatusMessage("This lesson has no prerequisites")
            return
        }
        let link = ((state.tree.selectedLink ?? -1) + 1) % count
        state.tree.selectedLink = link
        state.tree.focus = .detail
        let lines = detailLines(state, ctx)
        guard let line = lines.firstIndex(where: { $0.tag == link }) else { return }
        let height = detailHeight(state)
        if line < state.tree.detailScroll { state.tree.detailScroll = line }
        else if line >= state.tree.detailScroll + height { state.tree.detailScroll = line - height + 1 }
    }

    /// Jumps to the selected lesson's n-th prerequisite (0-based), keeping the lesson pane focused.
    static func openPrerequisite(_ n: Int, _ state: inout AppState, _ ctx: TreeContext) {
        guard let i = state.tree.selected.lessonIndex else { return }
        let prerequisites = ctx.curriculum.lessons[i].prerequisites
        guard prerequisites.indices.contains(n) else {
            state.message = StatusMessage(prerequisites.isEmpty ? "This lesson has no prerequisites"
                                                                  : "This lesson has \(prerequisites.count) prerequisite\(prerequisites.count == 1 ? "" : "s")")
            return
        }
        guard let j = ctx.curriculum.indexByID[prerequisites[n]] else {
            state.message = StatusMessage("\(prerequisites[n]) is not in this curriculum", kind: .error)
            return
        }
        select(lesson: j, &state, ctx)
        state.tree.focus = .detail
    }

    /// `x`: done ↔ to do for a lesson on the roadmap.
    static func toggleDone(_ state: inout AppState, _ ctx: TreeContext) -> [Effect] {
        guard let i = state.tree.selected.lessonIndex else {
            state.message = StatusMessage("Select a lesson to mark it done")
            return []
        }
        let id = ctx.curriculum.lessons[i].id
        if let reason = state.readOnlyReason {
            state.message = StatusMessage("Read-only: \(reason)", kind: .error)
            return []
        }
        guard let roadmap = state.progress.roadmap else {
            state.message = StatusMessage("No roadmap yet: take the diagnostic (d on Home) to get one", kind: .error)
            return []
        }
        guard let item = roadmap.items.first(where: { $0.lessonID == id }) else {
            state.message = StatusMessage("\(id) is not on your roadmap: only roadmap lessons are marked done", kind: .error)
            return []
        }
        let done = item.status != .done
        state.progress.setStatus(lessonID: id, status: done ? .done : .todo, at: state.now)
        state.message = StatusMessage(done ? "\(id) marked done" : "\(id) marked not done")
        return [.saveProgress]
    }

    // MARK: - Mouse

    static func handleMouse(x: Int, y: Int, kind: Key.MouseKind, _ state: inout AppState, _ ctx: TreeContext) {
        let layout = TreeLayout(state)
        if let pane = layout.treePane, pane.contains(x: x, y: y) {
            switch kind {
            case .wheelUp: scrollTree(by: -3, &state, ctx)
            case .wheelDown: scrollTree(by: 3, &state, ctx)
            case .click:
                state.tree.focus = .tree
                guard let list = layout.treeList, list.contains(x: x, y: y) else { return }
                let rows = state.tree.visibleRows(ctx)
                let top = treeScroll(state.tree, rows: rows, height: list.height)
                let i = top + (y - list.y)
                guard rows.indices.contains(i) else { return }
                if rows[i].node == state.tree.selected { activate(rows[i], &state) } else { state.tree.selected = rows[i].node }
            }
        } else if let pane = layout.detailPane, pane.contains(x: x, y: y) {
            switch kind {
            case .wheelUp: scrollDetail(by: -3, &state, ctx)
            case .wheelDown: scrollDetail(by: 3, &state, ctx)
            case .click:
                state.tree.focus = .detail
                guard let body = layout.detailBody, body.contains(x: x, y: y) else { return }
                let lines = detailLines(state, ctx)
                let top = min(state.tree.detailScroll, TextBlock.maxScroll(lineCount: lines.count, height: body.height))
                let i = top + (y - body.y)
                if lines.indices.contains(i), let link = lines[i].tag { openPrerequisite(link, &state, ctx) }
            }
        }
    }

    /// The wheel moves the view; the selection is dragged along only when it would leave it.
    static func scrollTree(by delta: Int, _ state: inout AppState, _ ctx: TreeContext) {
        let height = treeHeight(state)
        guard height > 0 else { return }
        let rows = state.tree.visibleRows(ctx)
        let top = max(0, min(treeScroll(state.tree, rows: rows, height: height) + delta, rows.count - height))
        state.tree.scroll = top
        guard let row = rows.firstIndex(where: { $0.node == state.tree.selected }) else { return }
        if row < top { state.tree.selected = rows[top].node }
        else if row >= top + height { state.tree.selected = rows[min(rows.count - 1, top + height - 1)].node }
    }

    // MARK: - Keeping things in view

    /// The first row to show so the selection is visible, starting from the remembered scroll.
    static func treeScroll(_ tree: TreeState, rows: [TreeRow], height: Int) -> Int {
        guard height > 0 else { return 0 }
        var top = tree.scroll
        if let row = rows.firstIndex(where: { $0.node == tree.selected }) {
            if row < top { top = row } else if row >= top + height { top = row - height + 1 }
        }
        return max(0, min(top, rows.count - height))
    }

    /// After every change: the selection is on a visible row and scrolled into view.
    static func finish(_ state: inout AppState, _ ctx: TreeContext) {
        let rows = state.tree.visibleRows(ctx)
        state.tree.normalizeSelection(ctx, rows: rows)
        state.tree.scroll = treeScroll(state.tree, rows: rows, height: treeHeight(state))
    }

    /// The tree list's height, also while the narrow layout shows the lesson pane instead.
    static func treeHeight(_ state: AppState) -> Int {
        var tree = state.tree
        tree.focus = .tree
        return TreeLayout(area: TreeLayout.contentArea(state), tree: tree).treeList?.height ?? 0
    }
}
