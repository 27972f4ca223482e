/// A key press or terminal event, independent of ncurses.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)  // Ctrl-A … Ctrl-Z as lowercase letters
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, tab, backTab, backspace, delete, escape
    case function(Int)
    case mouse(x: Int, y: Int, kind: MouseKind)
    case resize

    public enum MouseKind: Hashable, Sendable { case click, wheelUp, wheelDown }

    /// Short human name used in help screens and status lines.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-\(c.uppercased())"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .escape: "Esc"
        case .function(let n): "F\(n)"
        case .mouse: "click"
        case .resize: "resize"
        }
    }
}

/// Turns what ncurses' `wget_wch` returned into a `Key`. The numeric codes are ncurses' stable ABI values,
/// kept here so decoding is a pure, testable function.
public enum KeyDecoder {
    public static let keyDown: Int32 = 0o402, keyUp: Int32 = 0o403, keyLeft: Int32 = 0o404, keyRight: Int32 = 0o405
    public static let keyHome: Int32 = 0o406, keyBackspace: Int32 = 0o407, keyF0: Int32 = 0o410
    public static let keyDelete: Int32 = 0o512, keyPageDown: Int32 = 0o522, keyPageUp: Int32 = 0o523
    public static let keyEnter: Int32 = 0o527, keyBackTab: Int32 = 0o541, keyEnd: Int32 = 0o550
    public static let keyMouse: Int32 = 0o631, keyResize: Int32 = 0o632

    /// - Parameters:
    ///   - isFunctionKey: `wget_wch` returned KEY_CODE_YES.
    ///   - code: the character or key code.
    public static func decode(isFunctionKey: Bool, code: Int32) -> Key? {
        if isFunctionKey {
            switch code {
            case keyDown: return .down
            case keyUp: return .up
            case keyLeft: return .left
            case keyRight: return .right
            case keyHome: return .home
            case keyEnd: return .end
            case keyBackspace: return .backspace
            case keyDelete: return .delete
            case keyPageDown: return .pageDown
            case keyPageUp: return .pageUp
            case keyEnter: return .enter
            case keyBackTab: return .backTab
            case keyResize: return .resize
            case keyF0 + 1...keyF0 + 12: return .function(Int(code - keyF0))
            default: return nil
            }
        }
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 96)))
        case 0, 28...31: return nil
        default:
            guard let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
            return .character(Character(scalar))
        }
    }
}
