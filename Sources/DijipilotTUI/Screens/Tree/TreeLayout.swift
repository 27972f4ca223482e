/// Where the curriculum screen's panes go: side by side from 100 columns (the tree takes about 40%), one at a
/// time below that. Both `handle` (for clicks and scrolling) and `render` use it, so they always agree.
struct TreeLayout {
    static let sideBySideWidth = 100

    let sideBySide: Bool
    /// Each pane includes its header row; nil when the pane is not shown.
    let treePane: Rect?
    let detailPane: Rect?
    let separatorX: Int?
    let showsSearchLine: Bool
    let showsNoteLine: Bool

    init(area: Rect, tree: TreeScreenState) {
        sideBySide = area.width >= Self.sideBySideWidth
        showsSearchLine = tree.searchDraft != nil || !tree.search.isEmpty
        showsNoteLine = tree.noteDraft != nil
        if sideBySide {
            let treeWidth = area.width * 2 / 5
            treePane = Rect(x: area.x, y: area.y, width: treeWidth, height: area.height)
            separatorX = area.x + treeWidth
            detailPane = Rect(
                x: area.x + treeWidth + 1, y: area.y, width: area.width - treeWidth - 1, height: area.height)
        } else {
            treePane = tree.focus == .tree ? area : nil
            detailPane = tree.focus == .detail ? area : nil
            separatorX = nil
        }
    }

    /// The layout in the area the app draws this screen in now (`AppView.contentArea`).
    init(_ tree: TreeScreenState, _ app: AppState) { self.init(area: AppView.contentArea(app), tree: tree) }

    var treeHeader: Rect? { treePane.map { $0.splitTop(1).top } }
    var treeList: Rect? {
        treePane.map { pane in
            let body = pane.splitTop(1).rest
            return showsSearchLine ? body.splitBottom(1).rest : body
        }
    }
    var searchLine: Rect? {
        guard showsSearchLine, let pane = treePane else { return nil }
        return pane.splitBottom(1).bottom
    }

    var detailHeader: Rect? { detailPane.map { $0.splitTop(1).top } }
    /// The text area, one column in from each side.
    var detailBody: Rect? {
        detailPane.map { pane in
            var body = pane.splitTop(1).rest
            if showsNoteLine { body = body.splitBottom(1).rest }
            return Rect(x: body.x + 1, y: body.y, width: body.width - 2, height: body.height)
        }
    }
    var noteLine: Rect? {
        guard showsNoteLine, let pane = detailPane else { return nil }
        return pane.splitBottom(1).bottom
    }

    /// The detail text width when the pane were shown (used to count its lines while it is hidden).
    static func detailWidth(_ tree: TreeScreenState, _ app: AppState) -> Int {
        var tree = tree
        tree.focus = .detail
        return TreeLayout(area: AppView.contentArea(app), tree: tree).detailBody?.width ?? 0
    }
}
