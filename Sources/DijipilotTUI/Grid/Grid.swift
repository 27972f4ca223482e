/// A rectangle of the screen, in cells.
public struct Rect: Equatable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width <= 0 || height <= 0 }
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

    /// The rectangle shrunk by `n` cells on every side.
    public func inset(_ n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }
    /// Rows `from..<from+count` of this rectangle (clipped).
    public func rows(_ from: Int, _ count: Int) -> Rect {
        let top = min(maxY, y + max(0, from))
        return Rect(x: x, y: top, width: width, height: min(count, maxY - top))
    }
    /// Splits off the top `n` rows.
    public func splitTop(_ n: Int) -> (top: Rect, rest: Rect) {
        let n = min(max(0, n), height)
        return (Rect(x: x, y: y, width: width, height: n), Rect(x: x, y: y + n, width: width, height: height - n))
    }
    /// Splits off the bottom `n` rows.
    public func splitBottom(_ n: Int) -> (rest: Rect, bottom: Rect) {
        let n = min(max(0, n), height)
        return (Rect(x: x, y: y, width: width, height: height - n), Rect(x: x, y: maxY - n, width: width, height: n))
    }
    /// Splits into a left part of `n` columns and the rest.
    public func splitLeft(_ n: Int) -> (left: Rect, right: Rect) {
        let n = min(max(0, n), width)
        return (Rect(x: x, y: y, width: n, height: height), Rect(x: x + n, y: y, width: width - n, height: height))
    }
}

/// One screen cell: a grapheme (or "" on the second half of a wide character) and its style.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var style: Style
    /// True for the right half of a two-column character: the terminal draws nothing there.
    public var isContinuation: Bool

    public init(text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.text = text; self.style = style; self.isContinuation = isContinuation
    }
    public static let blank = Cell()
}

/// A screen in memory. Views render into it; the backend copies only the cells that changed to the terminal;
/// tests read it back as text.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should rest (the selected item), so screen readers follow the selection.
    public var cursor: (x: Int, y: Int)? = nil

    public init(width: Int, height: Int) {
        self.width = max(0, width); self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public static func == (a: Grid, b: Grid) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { (x >= 0 && y >= 0 && x < width && y < height) ? cells[y * width + x] : .blank }
    }

    /// Sets one cell, repairing any wide character it cuts in half.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let i = y * width + x
        if cells[i].isContinuation, x > 0 { cells[i - 1] = Cell(text: " ", style: cells[i - 1].style) }
        if x + 1 < width, cells[i + 1].isContinuation, !cell.isContinuation {
            cells[i + 1] = Cell(text: " ", style: cells[i + 1].style)
        }
        cells[i] = cell
    }

    /// Writes text from (x, y), clipped to `maxWidth` columns and the grid's edge; returns the columns used.
    /// A wide character that does not fit whole is replaced by a space.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var column = x
        for character in text {
            if column >= limit { break }
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if character == "\t" || character.isNewline { continue }
            if column + w > limit {
                if column >= 0 { set(column, y, Cell(text: " ", style: style)) }
                column += 1; break
            }
            if column >= 0 {
                set(column, y, Cell(text: String(character), style: style))
                if w == 2 { set(column + 1, y, Cell(text: "", style: style, isContinuation: true)) }
            }
            column += w
        }
        return max(0, column - x)
    }

    /// Fills a rectangle with one character and style.
    public mutating func fill(_ rect: Rect, with text: String = " ", style: Style = .plain) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { set(x, y, Cell(text: text, style: style)) }
        }
    }

    /// Applies a style to every cell of a rectangle, keeping the text (e.g. reverse video on a selected row).
    public mutating func restyle(_ rect: Rect, _ transform: (inout Style) -> Void) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { transform(&cells[y * width + x].style) }
        }
    }

    /// The grid as plain text lines (trailing spaces kept so every line is exactly `width` columns).
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !cells[y * width + x].isContinuation { line += cells[y * width + x].text }
            return line
        }
    }

    /// The grid as one text block with trailing spaces trimmed: what snapshot files hold.
    public var text: String {
        lines.map { line in
            var l = Substring(line)
            while l.last == " " { l = l.dropLast() }
            return String(l)
        }.joined(separator: "\n")
    }

    /// Positions whose cells differ from `previous` (everything when the size changed), row by row.
    public func changes(since previous: Grid?) -> [(x: Int, y: Int)] {
        guard let previous, previous.width == width, previous.height == height else {
            return (0..<height).flatMap { y in (0..<width).map { (x: $0, y: y) } }
        }
        var out: [(x: Int, y: Int)] = []
        for i in cells.indices where cells[i] != previous.cells[i] {
            out.append((x: i % width, y: i / width))
        }
        return out
    }
}
