/// Which pane of the curriculum screen has the keyboard.
enum TreePane: Equatable, Sendable { case tree, detail }

/// The curriculum screen's state: selection, expansion, scrolling, focus, filters, search and the note being edited.
struct TreeScreenState: ScreenState {
    var selected: TreeNode = .program(0)
    /// Open groups in the unfiltered tree.
    var expanded: Set<TreeNode> = []
    /// Groups closed by hand while filters are on (filtered views start fully open).
    var collapsedWhileFiltered: Set<TreeNode> = []
    /// The first tree row shown.
    var scroll = 0
    var focus: TreePane = .tree
    /// The first line of the lesson pane shown.
    var detailScroll = 0
    /// The prerequisite link chosen in the lesson pane (its position in the lesson's prerequisites).
    var selectedLink: Int?
    var filters = TreeFilters()
    /// The confirmed search ("" for none); `n` / `N` step through its matches.
    var search = ""
    /// The search being typed, while the search line is open.
    var searchDraft: String?
    var searchMatchCount = 0
    /// The lesson the last search step landed on and its ordinal among the matches ("2 of 5").
    var searchHit: SearchHit?
    /// The note being typed, while the note line is open.
    var noteDraft: String?
    /// The visible rows, kept between keys and frames (`rows(_:)`).
    var rowCache = Derived<VisibleRowsInputs, VisibleRows>()

    struct SearchHit: Equatable, Sendable {
        var lesson: Int
        var ordinal: Int
    }

    init() {}
}
