import DijipilotCore

/// Which pane of the curriculum screen has the keyboard.
public enum TreePane: Equatable, Sendable { case tree, detail }

/// The curriculum screen's state: selection, expansion, scrolling, focus, filters, search and the note being edited.
public struct TreeState: Equatable, Sendable {
    public var selected: TreeNode = .program(0)
    /// Open groups in the unfiltered tree.
    public var expanded: Set<TreeNode> = []
    /// Groups closed by hand while filters are on (filtered views start fully open).
    public var collapsedWhileFiltered: Set<TreeNode> = []
    /// The first tree row shown.
    public var scroll = 0
    public var focus: TreePane = .tree
    /// The first line of the lesson pane shown.
    public var detailScroll = 0
    /// The prerequisite link chosen in the lesson pane (its position in the lesson's prerequisites).
    public var selectedLink: Int?
    public var filters = TreeFilters()
    /// The confirmed search ("" for none); `n` / `N` step through its matches.
    public var search = ""
    /// The search being typed, while the search line is open.
    public var searchDraft: String?
    public var searchMatchCount = 0
    /// The lesson the last search step landed on and its ordinal among the matches ("2 of 5").
    public var searchHit: SearchHit?
    /// The note being typed, while the note line is open.
    public var noteDraft: String?

    public struct SearchHit: Equatable, Sendable {
        public var lesson: Int
        public var ordinal: Int
    }

    public init() {}
}

/// The curriculum: a virtualised Program → Mission → Module → Lesson tree beside the selected node's details.
enum TreeScreen {
    static func keys(_ state: AppState) -> [KeyHelp] {
        if state.tree.searchDraft != nil || state.tree.noteDraft != nil { return TreeKeys.textInput }
        if state.tree.focus == .tree { return TreeKeys.bindings(focus: .tree).map(\.keyHelp) }
        // The lesson pane's own keys fill the status line; those of both panes stay in the help screen.
        return TreeKeys.detail.map(\.keyHelp) + TreeKeys.common.map {
            KeyHelp(key: $0.keyLabel, help: $0.help, short: $0.command == .focusNext ? $0.short : nil)
        }
    }

    static func capturesText(_ state: AppState) -> Bool {
        state.tree.searchDraft != nil || state.tree.noteDraft != nil
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        TreeUpdate.handle(key, &state)
    }

    static func render(into grid: inout Grid, area: Rect, state: AppState) {
        TreeRender.render(into: &grid, area: area, state: state)
    }
}

extension AppState {
    /// Shows a lesson in the curriculum screen (from the heatmap, the roadmap or a prerequisite link): selects and
    /// reveals it in the tree, focuses the lesson pane and pushes the screen.
    public mutating func openLesson(_ lessonID: String) {
        let ctx = TreeContext(self)
        guard let i = ctx.curriculum.indexByID[lessonID] else {
            message = StatusMessage("No lesson \(lessonID) in this curriculum", kind: .error)
            return
        }
        let before = tree.selected
        TreeUpdate.select(lesson: i, &self, ctx)
        tree.focus = .detail
        push(.tree)
        TreeUpdate.finish(&self, ctx)
        // As for a key in the tree: another lesson starts at the top, with no prerequisite link chosen.
        if tree.selected != before {
            tree.detailScroll = 0
            tree.selectedLink = nil
        }
    }
}
