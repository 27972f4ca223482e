import DijipilotCore

extension Route {
    /// The curriculum tree and its lesson pane.
    static let tree = Route("tree")
}

/// The curriculum: a virtualised Program → Mission → Module → Lesson tree beside the selected node's details.
enum TreeScreen: Screen {
    static let route = Route.tree
    static let title = "Curriculum"

    static func keys(_ tree: TreeScreenState, app: AppState) -> [KeyBinding<TreeCommand>] {
        if tree.isTyping { return TreeKeys.textInput }
        if tree.focus == .tree { return TreeKeys.bindings(focus: .tree) }
        // The lesson pane's own keys fill the status line; those of both panes stay in the help screen.
        return TreeKeys.detail
            + TreeKeys.common.map { binding in
                var binding = binding
                if binding.command != .focusNext { binding.short = nil }
                return binding
            }
    }

    static func takesTypedText(_ tree: TreeScreenState, app: AppState) -> Bool { tree.isTyping }

    static func handle(
        _ command: TreeCommand, key: Key, state tree: inout TreeScreenState, app: inout AppState,
        area: Rect
    ) -> [Effect] {
        TreeUpdate.afterEveryKey(&tree, &app) { tree, app, ctx in TreeUpdate.perform(command, key, &tree, &app, ctx) }
    }

    static func mouse(
        x: Int, y: Int, kind: Key.MouseKind, state tree: inout TreeScreenState, app: inout AppState,
        area: Rect
    ) -> [Effect] {
        TreeUpdate.afterEveryKey(&tree, &app) { tree, app, ctx in
            // While a line is typed the mouse does nothing.
            if !tree.isTyping { TreeUpdate.handleMouse(x: x, y: y, kind: kind, &tree, &app, ctx) }
            return []
        }
    }

    static func unbound(_ key: Key, state tree: inout TreeScreenState, app: inout AppState, area: Rect) -> [Effect] {
        TreeUpdate.afterEveryKey(&tree, &app) { tree, _, _ in
            TextInput.type(key, &tree)
            return []
        }
    }

    /// In the one-pane layout, Esc from a lesson returns to the tree rather than leaving the curriculum.
    static func stepBack(state tree: inout TreeScreenState, app: AppState, area: Rect) -> Bool {
        guard tree.focus == .detail, area.width < TreeLayout.sideBySideWidth else { return false }
        tree.focus = .tree
        return true
    }

    /// Coming back after another screen changed progress (a lesson marked done on the roadmap) can leave a
    /// filtered selection hidden: it is put back on a visible row. Asked for a lesson (from the heatmap, the
    /// roadmap or Home), it selects and reveals it and focuses the lesson pane.
    static func willAppear(focus: Focus?, state tree: inout TreeScreenState, app: inout AppState) -> Bool {
        let ctx = TreeContext(app)
        guard case .lesson(let lessonID)? = focus else {
            TreeUpdate.finish(&tree, app, ctx)
            return true
        }
        guard let i = ctx.curriculum.indexByID[lessonID] else {
            app.message = StatusMessage("No lesson \(lessonID) in this curriculum", kind: .error)
            return false
        }
        let before = tree.selected
        TreeUpdate.select(lesson: i, &tree, &app, ctx)
        tree.focus = .detail
        TreeUpdate.finish(&tree, app, ctx)
        // As for a key in the tree: another lesson starts at the top, with no prerequisite link chosen.
        if tree.selected != before {
            tree.detailScroll = 0
            tree.selectedLink = nil
        }
        return true
    }

    static func render(into grid: inout Grid, area: Rect, state tree: TreeScreenState, app: AppState) {
        TreeView.render(into: &grid, area: area, tree: tree, app: app)
    }
}

extension AppState {
    /// The curriculum screen's state.
    var tree: TreeScreenState {
        get { screens[TreeScreen.self] }
        set { screens[TreeScreen.self] = newValue }
    }

    /// Shows a lesson in the curriculum screen, as the heatmap, the roadmap or a prerequisite link do.
    public mutating func openLesson(_ lessonID: String) {
        show(.tree, focus: .lesson(lessonID))
    }
}
