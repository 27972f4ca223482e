import DijipilotCore

/// The curriculum screen's pure update: commands and clicks change the tree's state (and notes and statuses in
/// `app.progress`, answered with `.saveProgress`).
enum TreeUpdate {
    /// Every key, click or typed character on the tree goes through here: afterwards the selection is on a
    /// visible row and in view, and another lesson starts at the top with no prerequisite link chosen.
    static func afterEveryKey(
        _ tree: inout TreeScreenState, _ app: inout AppState,
        _ body: (inout TreeScreenState, inout AppState, TreeContext) -> [Effect]
    ) -> [Effect] {
        var ctx = TreeContext(app)
        if !ctx.outline.isValid(tree.selected) { tree.selected = .program(0) }
        let before = tree.selected
        let effects = body(&tree, &app, ctx)
        if effects.contains(.saveProgress) { ctx = TreeContext(app) }  // a status change moves mastery
        finish(&tree, app, ctx)
        // After `finish`: a filter change can move the selection there too, and a link chosen on the old
        // lesson means nothing on the new one.
        if tree.selected != before {
            tree.detailScroll = 0
            tree.selectedLink = nil
        }
        return effects
    }

    static func perform(
        _ command: TreeCommand, _ key: Key, _ tree: inout TreeScreenState, _ app: inout AppState,
        _ ctx: TreeContext
    ) -> [Effect] {
        let rows = tree.rows(ctx)
        let row = rows.firstIndex { $0.node == tree.selected }
        let page = max(1, treeHeight(tree, app) - 1)
        switch command {
        case .up: move(to: (row ?? 0) - 1, rows, &tree)
        case .down: move(to: (row ?? -1) + 1, rows, &tree)
        case .pageUp: move(to: (row ?? 0) - page, rows, &tree)
        case .pageDown: move(to: (row ?? 0) + page, rows, &tree)
        case .first: move(to: 0, rows, &tree)
        case .last: move(to: rows.count - 1, rows, &tree)
        case .expand:
            guard let row else { return [] }
            let current = rows[row]
            if current.node.isLesson {
                openDetail(&tree)
            } else if !current.isExpanded {
                tree.setExpanded(current.node, true)
            } else if row + 1 < rows.count, rows[row + 1].node.depth > current.node.depth {
                tree.selected = rows[row + 1].node
            }
        case .collapse:
            guard let row else { return [] }
            let current = rows[row]
            if current.isExpanded {
                tree.setExpanded(current.node, false)
            } else if let parent = ctx.outline.parent(of: current.node) {
                tree.selected = parent
            }
        case .toggle:
            guard let row else { return [] }
            activate(rows[row], &tree)

        case .scrollUp: scrollDetail(by: -1, &tree, &app, ctx)
        case .scrollDown: scrollDetail(by: 1, &tree, &app, ctx)
        case .scrollPageUp: scrollDetail(by: -detailPage(tree, app), &tree, &app, ctx)
        case .scrollPageDown: scrollDetail(by: detailPage(tree, app), &tree, &app, ctx)
        case .scrollTop: tree.detailScroll = 0
        case .scrollBottom: scrollDetail(by: Int.max / 2, &tree, &app, ctx)
        case .nextLink: nextLink(&tree, &app, ctx)
        case .openLink:
            guard let link = tree.selectedLink else {
                if tree.selected.isLesson {
                    app.message = StatusMessage("Press p to choose a prerequisite, then Enter to open it")
                }
                return []
            }
            openPrerequisite(link, &tree, &app, ctx)
        case .openNumberedLink:
            if case .character(let c) = key, let n = c.wholeNumberValue { openPrerequisite(n - 1, &tree, &app, ctx) }
        case .backToTree: tree.focus = .tree

        case .focusNext, .focusPrevious:
            tree.focus = tree.focus == .tree ? .detail : .tree
        case .search:
            tree.searchDraft = ""
        case .nextMatch: stepSearch(forward: true, &tree, &app, ctx)
        case .previousMatch: stepSearch(forward: false, &tree, &app, ctx)
        case .cycleStateFilter: changeFilters(&tree, &app, ctx) { $0.cycleState() }
        case .cycleDifficulty: changeFilters(&tree, &app, ctx) { $0.cycleDifficulty() }
        case .cyclePath: changeFilters(&tree, &app, ctx) { $0.cyclePath() }
        case .clearFilters:
            tree.search = ""; tree.searchHit = nil; tree.searchMatchCount = 0
            changeFilters(&tree, &app, ctx) { $0 = TreeFilters() }
        case .previousLesson: stepLesson(forward: false, &tree, &app, ctx)
        case .nextLesson: stepLesson(forward: true, &tree, &app, ctx)
        case .editNote: NoteInput.start(&tree, &app, ctx)
        case .toggleDone: return toggleDone(&tree, &app, ctx)
        case .writeTemplate:
            guard let i = tree.selected.lessonIndex else {
                app.message = StatusMessage("Select a lesson to write its template")
                return []
            }
            let lesson = ctx.curriculum.lessons[i]
            guard lesson.work?.template != nil else {
                app.message = StatusMessage("\(lesson.id) has no template (its artefact is not a document or sheet)")
                return []
            }
            return [.writeTemplate(lessonID: lesson.id)]
        case .confirmText, .cancelText, .editText: return TextInput.perform(command, key, &tree, &app, ctx)
        }
        return []
    }

    // MARK: - Tree movement

    static func move(to index: Int, _ rows: [TreeRow], _ tree: inout TreeScreenState) {
        guard !rows.isEmpty else { return }
        tree.selected = rows[min(max(0, index), rows.count - 1)].node
    }

    /// Enter, Space or a click on the selected row: a group opens or closes, a lesson opens in the lesson pane.
    static func activate(_ row: TreeRow, _ tree: inout TreeScreenState) {
        if row.node.isLesson {
            openDetail(&tree)
        } else if row.isExpandable {
            tree.setExpanded(row.node, !row.isExpanded)
        }
    }

    static func openDetail(_ tree: inout TreeScreenState) {
        tree.focus = .detail
    }

    /// Selects a lesson and opens its ancestors; filters that would hide it are cleared, and the user is told.
    static func select(lesson i: Int, _ tree: inout TreeScreenState, _ app: inout AppState, _ ctx: TreeContext) {
        if !tree.isShown(lesson: i, ctx) {
            tree.filters = TreeFilters()
            tree.collapsedWhileFiltered = []
            app.message = StatusMessage("Filters cleared to show \(ctx.curriculum.lessons[i].id)")
        }
        tree.selected = .lesson(i)
        tree.reveal(.lesson(i), ctx)
    }

    /// `[` and `]`: the previous or next lesson in curriculum order that passes the filters.
    static func stepLesson(forward: Bool, _ tree: inout TreeScreenState, _ app: inout AppState, _ ctx: TreeContext) {
        guard let i = tree.findLesson(forward: forward, wrap: false, ctx, where: { tree.isShown(lesson: $0, ctx) })
        else {
            app.message = StatusMessage(forward ? "This is the last lesson" : "This is the first lesson")
            return
        }
        select(lesson: i, &tree, &app, ctx)
    }

    static func changeFilters(
        _ tree: inout TreeScreenState, _ app: inout AppState, _ ctx: TreeContext, _ change: (inout TreeFilters) -> Void
    ) {
        change(&tree.filters)
        tree.collapsedWhileFiltered = []
        // The selection stays where it was when it still passes; the unfiltered tree opens down to it.
        if ctx.outline.isValid(tree.selected) { tree.reveal(tree.selected, ctx) }
        if !tree.search.isEmpty { SearchInput.countMatches(&tree, ctx) }
    }

    // MARK: - Search

    static func stepSearch(forward: Bool, _ tree: inout TreeScreenState, _ app: inout AppState, _ ctx: TreeContext) {
        guard !tree.search.isEmpty else {
            app.message = StatusMessage("No search yet: press / to search")
            return
        }
        let matcher = TreeSearch(tree.search)
        // Matches are counted with the filters as they were before the step (selecting may clear them).
        let before = tree
        let accept: (Int) -> Bool = { before.isShown(lesson: $0, ctx) && matcher.matches(ctx.curriculum.lessons[$0]) }
        guard let i = before.findLesson(forward: forward, wrap: true, ctx, where: accept) else {
            app.message = StatusMessage("No lesson matches “\(tree.search)”", kind: .error)
            return
        }
        let (after, start) = before.position(ctx)
        if forward ? i <= after : i >= start {
            app.message = StatusMessage(
                forward
                    ? "Search went past the end, back to the first match"
                    : "Search went past the start, on to the last match")
        }
        select(lesson: i, &tree, &app, ctx)
        tree.searchHit = .init(lesson: i, ordinal: (0..<i).reduce(1) { $0 + (accept($1) ? 1 : 0) })
    }

    // MARK: - Lesson pane

    static func detailLines(_ tree: TreeScreenState, _ app: AppState, _ ctx: TreeContext) -> [StyledLine] {
        TreeView.detailLines(tree, app, ctx, width: TreeLayout.detailWidth(tree, app))
    }

    static func detailHeight(_ tree: TreeScreenState, _ app: AppState) -> Int {
        var tree = tree
        tree.focus = .detail
        return TreeLayout(area: AppView.contentArea(app), tree: tree).detailBody?.height ?? 0
    }

    static func detailPage(_ tree: TreeScreenState, _ app: AppState) -> Int { max(1, detailHeight(tree, app) - 1) }

    static func scrollDetail(by delta: Int, _ tree: inout TreeScreenState, _ app: inout AppState, _ ctx: TreeContext) {
        let count = detailLines(tree, app, ctx).count
        let maximum = TextBlock.maxScroll(lineCount: count, height: detailHeight(tree, app))
        tree.detailScroll = max(0, min(maximum, min(tree.detailScroll, maximum) + delta))
    }

    /// `p`: the next prerequisite link, scrolled into view.
    static func nextLink(_ tree: inout TreeScreenState, _ app: inout AppState, _ ctx: TreeContext) {
        guard let i = tree.selected.lessonIndex else { return }
        let count = LessonDetail.linkCount(lesson: i, ctx: ctx)
        guard count > 0 else {
            app.message = StatusMessage("This lesson has no prerequisites")
            return
        }
        let link = ((tree.selectedLink ?? -1) + 1) % count
        tree.selectedLink = link
        tree.focus = .detail
        let lines = detailLines(tree, app, ctx)
        guard let line = lines.firstIndex(where: { $0.tag == link }) else { return }
        let height = detailHeight(tree, app)
        if line < tree.detailScroll {
            tree.detailScroll = line
        } else if line >= tree.detailScroll + height {
            tree.detailScroll = line - height + 1
        }
    }

    /// Jumps to the selected lesson's n-th prerequisite (0-based), keeping the lesson pane focused.
    static func openPrerequisite(_ n: Int, _ tree: inout TreeScreenState, _ app: inout AppState, _ ctx: TreeContext) {
        guard let i = tree.selected.lessonIndex else { return }
        let prerequisites = ctx.curriculum.lessons[i].prerequisites
        guard prerequisites.indices.contains(n) else {
            app.message = StatusMessage(
                prerequisites.isEmpty
                    ? "This lesson has no prerequisites"
                    : "This lesson has \(prerequisites.count) prerequisite\(prerequisites.count == 1 ? "" : "s")")
            return
        }
        guard let j = ctx.curriculum.indexByID[prerequisites[n]] else {
            app.message = StatusMessage("\(prerequisites[n]) is not in this curriculum", kind: .error)
            return
        }
        select(lesson: j, &tree, &app, ctx)
        tree.focus = .detail
    }

    /// `x`: done ↔ to do for a lesson on the roadmap.
    static func toggleDone(_ tree: inout TreeScreenState, _ app: inout AppState, _ ctx: TreeContext) -> [Effect] {
        guard let i = tree.selected.lessonIndex else {
            app.message = StatusMessage("Select a lesson to mark it done")
            return []
        }
        let id = ctx.curriculum.lessons[i].id
        if let reason = app.readOnlyReason {
            app.message = StatusMessage("Read-only: \(reason)", kind: .error)
            return []
        }
        guard let roadmap = app.progress.roadmap else {
            app.message = StatusMessage("No roadmap yet: take the diagnostic (d on Home) to get one", kind: .error)
            return []
        }
        guard let item = roadmap.items.first(where: { $0.lessonID == id }) else {
            app.message = StatusMessage(
                "\(id) is not on your roadmap: only roadmap lessons are marked done", kind: .error)
            return []
        }
        let done = item.status != .done
        if done, ctx.curriculum.lessons[i].work?.doneWhen.isEmpty == false {
            return [.show(.doneWhen, focus: .lesson(id))]
        }
        app.progress.setStatus(lessonID: id, status: done ? .done : .todo, at: app.now)
        app.message = StatusMessage(done ? "\(id) marked done" : "\(id) marked not done")
        return [.saveProgress]
    }

    // MARK: - Mouse

    static func handleMouse(
        x: Int, y: Int, kind: Key.MouseKind, _ tree: inout TreeScreenState, _ app: inout AppState, _ ctx: TreeContext
    ) {
        let layout = TreeLayout(tree, app)
        if let pane = layout.treePane, pane.contains(x: x, y: y) {
            switch kind {
            case .wheelUp: scrollTree(by: -3, &tree, &app, ctx)
            case .wheelDown: scrollTree(by: 3, &tree, &app, ctx)
            case .click:
                tree.focus = .tree
                guard let list = layout.treeList, list.contains(x: x, y: y) else { return }
                let rows = tree.rows(ctx)
                let top = treeScroll(tree, rows: rows, height: list.height)
                let i = top + (y - list.y)
                guard rows.indices.contains(i) else { return }
                if rows[i].node == tree.selected { activate(rows[i], &tree) } else { tree.selected = rows[i].node }
            }
        } else if let pane = layout.detailPane, pane.contains(x: x, y: y) {
            switch kind {
            case .wheelUp: scrollDetail(by: -3, &tree, &app, ctx)
            case .wheelDown: scrollDetail(by: 3, &tree, &app, ctx)
            case .click:
                tree.focus = .detail
                guard let body = layout.detailBody, body.contains(x: x, y: y) else { return }
                let lines = detailLines(tree, app, ctx)
                let top = min(tree.detailScroll, TextBlock.maxScroll(lineCount: lines.count, height: body.height))
                let i = top + (y - body.y)
                if lines.indices.contains(i), let link = lines[i].tag { openPrerequisite(link, &tree, &app, ctx) }
            }
        }
    }

    /// The wheel moves the view; the selection is dragged along only when it would leave it.
    static func scrollTree(by delta: Int, _ tree: inout TreeScreenState, _ app: inout AppState, _ ctx: TreeContext) {
        let height = treeHeight(tree, app)
        guard height > 0 else { return }
        let rows = tree.rows(ctx)
        let top = max(0, min(treeScroll(tree, rows: rows, height: height) + delta, rows.count - height))
        tree.scroll = top
        guard let row = rows.firstIndex(where: { $0.node == tree.selected }) else { return }
        if row < top {
            tree.selected = rows[top].node
        } else if row >= top + height {
            tree.selected = rows[min(rows.count - 1, top + height - 1)].node
        }
    }

    // MARK: - Keeping things in view

    /// The first row to show so the selection is visible, starting from the remembered scroll.
    static func treeScroll(_ tree: TreeScreenState, rows: [TreeRow], height: Int) -> Int {
        guard height > 0 else { return 0 }
        var top = tree.scroll
        if let row = rows.firstIndex(where: { $0.node == tree.selected }) {
            if row < top { top = row } else if row >= top + height { top = row - height + 1 }
        }
        return max(0, min(top, rows.count - height))
    }

    /// After every change: the selection is on a visible row and scrolled into view.
    static func finish(_ tree: inout TreeScreenState, _ app: AppState, _ ctx: TreeContext) {
        let rows = tree.rows(ctx)
        tree.normalizeSelection(ctx, rows: rows)
        tree.scroll = treeScroll(tree, rows: rows, height: treeHeight(tree, app))
    }

    /// The tree list's height, also while the narrow layout shows the lesson pane instead.
    static func treeHeight(_ tree: TreeScreenState, _ app: AppState) -> Int {
        var tree = tree
        tree.focus = .tree
        return TreeLayout(area: AppView.contentArea(app), tree: tree).treeList?.height ?? 0
    }
}
