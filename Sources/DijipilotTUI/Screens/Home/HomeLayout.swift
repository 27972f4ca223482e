/// Where the home screen's parts go: the same arithmetic for drawing and for mouse clicks.
struct HomeLayout {
    /// The left (or only) column: welcome, standing, menu.
    let column: Rect
    /// Mastery, last diagnostic, roadmap, next lesson, and the re-check due when there is one.
    let standing: Rect
    /// One row per `HomeMenuItem`.
    let menu: Rect
    /// The program list, from 100 columns.
    let programs: Rect?
    /// The row suggesting the re-check due, when there is one.
    let recheckRow: Rect?

    static let columnWidth = 48

    /// `showsRecheck`: the standing gains a fifth line suggesting the re-check due, and the menu moves down one.
    init(area: Rect, showsRecheck: Bool = false) {
        let wide = area.width >= 100
        let (left, right) = wide ? area.splitLeft(Self.columnWidth) : (area, Rect(x: 0, y: 0, width: 0, height: 0))
        column = left
        let standingRows = showsRecheck ? 5 : 4
        standing = left.rows(3, standingRows)
        let menuTop = 4 + standingRows
        menu = Rect(
            x: left.x + 1, y: left.y + menuTop, width: min(46, left.width - 2),
            height: min(HomeMenuItem.allCases.count, max(0, left.maxY - left.y - menuTop)))
        recheckRow = showsRecheck && standing.height >= 5 ? standing.rows(4, 1) : nil
        programs = wide ? Rect(x: right.x + 2, y: right.y, width: right.width - 4, height: right.height) : nil
    }

    init(area: Rect, app: AppState) { self.init(area: area, showsRecheck: app.measurements.due != nil) }

    func menuRowRect(_ i: Int) -> Rect { Rect(x: menu.x, y: menu.y + i, width: menu.width, height: 1) }

    /// The menu entry under a screen position.
    func menuRow(x: Int, y: Int) -> Int? {
        guard menu.contains(x: x, y: y) else { return nil }
        return y - menu.y
    }
}
