@preconcurrency import CNcursesw
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The one place that talks to ncurses: starts and restores the terminal, turns input into `Key`s, and copies
/// the cells of a `Grid` that changed since the last frame to the screen.
public final class NcursesBackend {
    public private(set) var usesColor = false
    private var previous: Grid?
    private var pairs: [PairKey: Int16] = [:]
    private var started = false

    private struct PairKey: Hashable { var fg: Int16, bg: Int16 }

    public init() {}

    /// Puts the terminal in full-screen mode. `wantsColor` false (NO_COLOR, --no-color) keeps it monochrome.
    public func start(wantsColor: Bool) {
        // Wide characters need a UTF-8 locale; CI and minimal containers often have none set.
        setlocale(LC_ALL, "")
        if let codeset = dj_codeset(), !String(cString: codeset).uppercased().contains("UTF-8") {
            setlocale(LC_ALL, "C.UTF-8")
        }
        set_escdelay(25)
        initscr()
        started = true
        raw()  // Ctrl-C arrives as a key, so quitting always goes through the same clean path.
        noecho()
        nonl()
        keypad(dj_stdscr(), true)
        curs_set(0)
        wtimeout(dj_stdscr(), 100)
        _ = dj_enable_mouse()
        mouseinterval(0)
        if wantsColor && has_colors() {
            start_color()
            use_default_colors()
            usesColor = true
        }
        previous = nil
    }

    /// Restores the terminal; safe to call more than once.
    public func stop() {
        guard started else { return }
        started = false
        curs_set(1)
        endwin()
    }

    public var size: (width: Int, height: Int) { (Int(dj_cols()), Int(dj_lines())) }

    /// Waits up to the input timeout (100 ms) for a key; nil when none came.
    public func readKey() -> Key? {
        var code: Int32 = 0
        let result = dj_get_key(&code)
        if result == dj_err() { return nil }
        let isFunction = result == dj_key_code_yes()
        if isFunction && code == dj_key_mouse() {
            var y: Int32 = 0, x: Int32 = 0, kind: Int32 = 0
            guard dj_read_mouse(&y, &x, &kind) == dj_ok() else { return nil }
            switch kind {
            case 1: return .mouse(x: Int(x), y: Int(y), kind: .click)
            case 4: return .mouse(x: Int(x), y: Int(y), kind: .wheelUp)
            case 5: return .mouse(x: Int(x), y: Int(y), kind: .wheelDown)
            default: return nil
            }
        }
        return KeyDecoder.decode(isFunctionKey: isFunction, code: code)
    }

    /// Forgets the last frame so the next draw repaints everything (after a resize).
    public func invalidate() {
        previous = nil
        clearok(dj_stdscr(), true)
    }

    /// Draws a frame, writing only the cells that differ from the previous one.
    public func draw(_ grid: Grid) {
        let changed = grid.changes(since: previous)
        if previous == nil || previous?.width != grid.width || previous?.height != grid.height { erase() }
        var buffer = [wchar_t](repeating: 0, count: 6)
        for position in changed {
            let cell = grid[position.x, position.y]
            if cell.isContinuation { continue }
            var i = 0
            for scalar in cell.text.unicodeScalars where i < 5 {
                buffer[i] = wchar_t(bitPattern: scalar.value); i += 1
            }
            if i == 0 { buffer[0] = 32; i = 1 }
            buffer[i] = 0
            let (attributes, pair) = attributesAndPair(for: cell.style)
            _ = dj_put_cell(Int32(position.y), Int32(position.x), buffer, attributes, pair)
        }
        if let cursor = grid.cursor {
            move(Int32(cursor.y), Int32(cursor.x))
        } else {
            move(Int32(max(0, grid.height - 1)), 0)
        }
        refresh()
        previous = grid
    }

    private func attributesAndPair(for style: Style) -> (UInt32, Int16) {
        var attributes = dj_attr_normal()
        if style.bold { attributes |= dj_attr_bold() }
        if style.dim { attributes |= dj_attr_dim() }
        if style.reverse { attributes |= dj_attr_reverse() }
        if style.underline { attributes |= dj_attr_underline() }
        guard usesColor, style.foreground != nil || style.background != nil else { return (attributes, 0) }
        let available = Int(COLORS)
        let key = PairKey(
            fg: style.foreground.map { Int16($0.index(available: available)) } ?? -1,
            bg: style.background.map { Int16($0.index(available: available)) } ?? -1)
        if let pair = pairs[key] { return (attributes, pair) }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < COLOR_PAIRS, Int32(max(key.fg, key.bg)) < COLORS else { return (attributes, 0) }
        init_pair(next, key.fg, key.bg)
        pairs[key] = next
        return (attributes, next)
    }
}
