import DijipilotCore

/// Draws the curriculum screen: the tree pane (header, visible rows, search line) and the lesson pane (header,
/// scrolled text, note line).
enum TreeView {
    static func render(into grid: inout Grid, area: Rect, tree: TreeScreenState, app: AppState) {
        let ctx = TreeContext(app)
        let layout = TreeLayout(area: area, tree: tree)
        if let pane = layout.treePane {
            renderTree(into: &grid, pane: pane, layout: layout, tree: tree, app: app, ctx: ctx)
        }
        if let x = layout.separatorX {
            for y in area.y..<area.maxY { grid.put("│", x: x, y: y, style: app.theme.subtle) }
        }
        if let pane = layout.detailPane {
            renderDetail(into: &grid, pane: pane, layout: layout, tree: tree, app: app, ctx: ctx)
        }
    }

    static func headerStyle(focused: Bool, _ theme: Theme) -> Style {
        focused ? theme.heading.with(bold: true, reverse: true) : theme.heading
    }

    /// A pane header: the title on the left, a hint on the right, highlighted when the pane has the keyboard.
    static func renderHeader(
        into grid: inout Grid, rect: Rect, left: String, right: String, focused: Bool, theme: Theme
    ) {
        let style = headerStyle(focused: focused, theme)
        grid.fill(rect, style: style)
        let rightWidth = DisplayWidth.of(right)
        let leftRoom = right.isEmpty ? rect.width : rect.width - rightWidth - 2
        grid.put(DisplayWidth.truncate(left, to: max(0, leftRoom - 1)), x: rect.x, y: rect.y, style: style)
        if !right.isEmpty && leftRoom > 10 { grid.put(right, x: rect.maxX - rightWidth - 1, y: rect.y, style: style) }
    }

    // MARK: - Tree pane

    static func renderTree(
        into grid: inout Grid, pane: Rect, layout: TreeLayout, tree: TreeScreenState, app: AppState,
        ctx: TreeContext
    ) {
        let theme = app.theme
        let focused = tree.focus == .tree || !layout.sideBySide
        var title = " Curriculum"
        let visible = tree.keptRows(ctx)
        if tree.filters.isActive {
            title += " · \(tree.filters.summary) · \(visible.shownLessons) of \(ctx.curriculum.lessons.count)"
        }
        if let header = layout.treeHeader {
            renderHeader(
                into: &grid, rect: header, left: title, right: layout.sideBySide ? "" : "Tab: details ›",
                focused: focused, theme: theme)
        }
        guard let list = layout.treeList else { return }
        let rows = visible.rows
        if rows.isEmpty {
            let text =
                tree.filters.isActive ? "No lesson matches these filters · F clears them" : "This curriculum is empty"
            grid.put(
                " " + DisplayWidth.truncate(text, to: max(0, list.width - 2)), x: list.x, y: list.y + 1,
                style: theme.subtle)
        }
        let top = TreeUpdate.treeScroll(tree, rows: rows, height: list.height)
        let matcher = tree.search.isEmpty ? nil : TreeSearch(tree.search)
        let viewRows = rows[min(top, rows.count)..<min(rows.count, top + list.height)].map {
            viewRow($0, selected: $0.node == tree.selected, matcher: matcher, app: app, ctx: ctx)
        }
        TreeList(viewRows, selected: theme.selected, placesCursor: tree.focus == .tree).render(into: &grid, area: list)
        if let line = layout.searchLine {
            renderSearchLine(into: &grid, rect: line, tree: tree, curriculum: ctx.curriculum, theme: theme)
        }
    }

    static func viewRow(_ row: TreeRow, selected: Bool, matcher: TreeSearch?, app: AppState, ctx: TreeContext)
        -> TreeListRow
    {
        let theme = app.theme
        let outline = ctx.outline
        let node = row.node
        var marker: Span
        var trailing: Span? = nil
        var titleStyle: Style = .plain
        if let i = node.lessonIndex {
            let lessonState = ctx.mastery.states[i]
            marker = Span(theme.glyph(for: lessonState), theme.style(for: lessonState))
            if matcher?.matches(ctx.curriculum.lessons[i]) == true { titleStyle.underline = true }
            if app.progress.notes[ctx.curriculum.lessons[i].id] != nil { trailing = Span("✎", theme.subtle) }
            if let reason = ctx.notApplicableReason(i) {
                // Dimmed with the reason, still there to open and read.
                titleStyle.dim = true
                marker = Span("–", theme.subtle)
                trailing = Span(reason, theme.subtle)
            }
        } else {
            marker = Span(row.isExpandable ? (row.isExpanded ? "▾" : "▸") : " ", theme.subtle)
            if case .program = node { titleStyle = .bold }
            if ctx.hasDiagnostic {
                let range = outline.range(of: node)
                if !range.isEmpty, range.contains(where: { ctx.mastery.applicable[$0] }) {
                    // Padded to "100%" so a cut title never runs up to a short percentage: the column stays aligned.
                    let percent = ProgressBar.percent(ctx.mastery.mastery(of: range))
                    trailing = Span(String(repeating: " ", count: max(0, 4 - percent.count)) + percent, theme.subtle)
                }
            }
        }
        let label = StyledLine([
            Span(outline.id(of: node) + " ", theme.subtle), Span(outline.title(of: node), titleStyle),
        ])
        return TreeListRow(depth: node.depth, marker: marker, label: label, trailing: trailing, isSelected: selected)
    }

    static func renderSearchLine(
        into grid: inout Grid, rect: Rect, tree: TreeScreenState, curriculum: Curriculum, theme: Theme
    ) {
        if let draft = tree.searchDraft {
            let prompt = "Search: "
            let room = max(1, rect.width - DisplayWidth.of(prompt) - 2)
            var shown = draft
            while DisplayWidth.of(shown) > room { shown.removeFirst() }
            var x = rect.x + 1
            x += grid.put(prompt, x: x, y: rect.y, style: theme.key)
            x += grid.put(shown, x: x, y: rect.y)
            grid.cursor = (x, rect.y)
            grid.put("▏", x: x, y: rect.y, style: theme.accent)
            return
        }
        var info: String
        if tree.searchMatchCount == 0 {
            info = "no match"
        } else if let hit = tree.searchHit, tree.selected == .lesson(hit.lesson) {
            info = "\(hit.ordinal) of \(tree.searchMatchCount)"
            // Where it matched: a lesson found by its steps does not show the words in its title.
            if curriculum.lessons.indices.contains(hit.lesson),
                let place = TreeSearch(tree.search).place(in: curriculum.lessons[hit.lesson])
            {
                info += ", " + place.label
            }
        } else {
            info = "\(tree.searchMatchCount) match\(tree.searchMatchCount == 1 ? "" : "es")"
        }
        info += " · n/N next/previous"
        var x = rect.x + 1
        x += grid.put("/" + tree.search, x: x, y: rect.y, style: theme.key, maxWidth: max(0, rect.width / 2))
        grid.put("  " + info, x: x, y: rect.y, style: theme.subtle, maxWidth: max(0, rect.maxX - x - 1))
    }

    // MARK: - Lesson pane

    static func detailLines(_ tree: TreeScreenState, _ app: AppState, _ ctx: TreeContext, width: Int) -> [StyledLine] {
        let node = tree.selected
        guard width > 0, ctx.outline.isValid(node) else { return [] }
        if let i = node.lessonIndex { return LessonDetail.lines(lesson: i, width: width, app: app, ctx: ctx) }
        return GroupDetail.lines(node: node, width: width, app: app, ctx: ctx)
    }

    static func renderDetail(
        into grid: inout Grid, pane: Rect, layout: TreeLayout, tree: TreeScreenState, app: AppState,
        ctx: TreeContext
    ) {
        let theme = app.theme
        let focused = tree.focus == .detail || !layout.sideBySide
        guard let body = layout.detailBody, let header = layout.detailHeader else { return }
        let lines = detailLines(tree, app, ctx, width: body.width)
        let top = min(tree.detailScroll, TextBlock.maxScroll(lineCount: lines.count, height: body.height))

        var title = ""
        if ctx.outline.isValid(tree.selected) {
            title = "\(tree.selected.kindName) \(ctx.outline.id(of: tree.selected))"
        }
        title = (layout.sideBySide ? " " : " ‹ Tab: tree · ") + title
        var position = ""
        if lines.count > body.height {
            let last = min(lines.count, top + body.height)
            position = "\(top + 1)–\(last) of \(lines.count)" + (last < lines.count ? " ↓" : "")
        }
        renderHeader(into: &grid, rect: header, left: title, right: position, focused: focused, theme: theme)

        TextBlock(
            lines, scroll: top, highlightTag: tree.focus == .detail ? tree.selectedLink : nil,
            highlight: theme.selected
        ).render(into: &grid, area: body)
        if tree.focus == .detail {
            let linkRow = tree.selectedLink.flatMap { link in lines.firstIndex { $0.tag == link } }
            if let row = linkRow, row >= top, row < top + body.height {
                grid.cursor = (body.x, body.y + row - top)
            } else {
                grid.cursor = (body.x, body.y)
            }
        }
        if let line = layout.noteLine, let draft = tree.noteDraft {
            let prompt = "Note: "
            let room = max(1, line.width - DisplayWidth.of(prompt) - 3)
            var shown = draft
            while DisplayWidth.of(shown) > room { shown.removeFirst() }
            grid.fill(line, style: .plain)
            var x = line.x + 1
            x += grid.put(prompt, x: x, y: line.y, style: theme.key)
            x += grid.put(shown, x: x, y: line.y)
            grid.cursor = (x, line.y)
            grid.put("▏", x: x, y: line.y, style: theme.accent)
        }
    }
}
