/// Where the roadmap's parts go in the content area: the same arithmetic for drawing and for mouse clicks.
struct RoadmapLayout {
    /// Title and overall progress.
    let header: Rect
    let list: Rect
    /// The selected lesson's details, beside the list from 100 columns.
    let detail: Rect?

    init(area: Rect) {
        let (header, rest) = area.splitTop(4)
        self.header = header
        if area.width >= 100 {
            let (list, right) = rest.splitLeft(max(60, area.width * 3 / 5))
            self.list = list
            detail = Rect(x: right.x + 2, y: right.y, width: right.width - 3, height: right.height)
        } else {
            list = rest
            detail = nil
        }
    }

    /// Without a detail pane, each lesson shows why it is on the plan on the line below.
    var showsReasons: Bool { detail == nil }
    var linesPerItem: Int { showsReasons ? 2 : 1 }
    var itemsPerPage: Int { max(1, list.height / linesPerItem - 1) }
    /// Where a click toggles a lesson done.
    var checkboxColumns: Range<Int> { (list.x + 1)..<(list.x + 6) }

    /// The first line to show so that item `i` (with its reason, and its week's heading when it opens the week)
    /// is visible, moving as little as possible from `current`.
    func scroll(showing i: Int, from current: Int, _ listing: RoadmapListing) -> Int {
        let lines = listing.lines(reasons: showsReasons)
        let height = list.height
        guard height > 0, let at = listing.line(ofItem: i, reasons: showsReasons) else { return 0 }
        var first = at
        if at > 0, case .week = lines[at - 1] { first = at - 1 }
        let last = at + linesPerItem - 1
        var top = max(0, current)
        if last >= top + height { top = last - height + 1 }
        if first < top { top = first }
        // Never open the view on a reason line whose lesson is cut off above it.
        if top < first, lines.indices.contains(top), case .reason = lines[top] { top += 1 }
        return max(0, min(top, lines.count - height))
    }

    /// The first line to show so that item `i`'s week heading is at the top (as far as the list allows).
    func scroll(toWeekOf i: Int, _ listing: RoadmapListing) -> Int {
        let lines = listing.lines(reasons: showsReasons)
        guard let at = listing.line(ofItem: i, reasons: showsReasons) else { return 0 }
        let heading = lines[..<at].lastIndex { if case .week = $0 { true } else { false } } ?? at
        return max(0, min(heading, lines.count - list.height))
    }
}
