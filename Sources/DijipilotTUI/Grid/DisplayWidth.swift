/// Terminal column arithmetic: East Asian wide characters and emoji take two cells, combining marks none.
/// Pure Swift tables, so layout does not depend on the process locale (tests run under any LANG).
public enum DisplayWidth {
    /// Columns a single grapheme cluster occupies.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x20 || (0x7F..<0xA0).contains(first.value) { return 0 }
        if first.value < 0x7F { return 1 }
        if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        if isWide(first.value) { return 2 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return 1
        }
    }

    /// Columns a whole string occupies.
    public static func of(_ text: String) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
            0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The text padded with spaces to `width` columns: on the right, or on the left (`alignRight`, for numbers).
    /// Text already as wide or wider comes back as it is.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let gap = String(repeating: " ", count: max(0, width - of(text)))
        return alignRight ? gap + text : text + gap
    }

    /// The text cut to at most `width` columns, ending in "…" when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var out = "", used = 0
        for character in text {
            let w = of(character)
            if used + w > width - 1 { break }
            out.append(character); used += w
        }
        return out + "…"
    }

    /// Word-wraps text to lines of at most `width` columns; a word longer than a line is broken.
    /// Explicit newlines start new lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = of(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                    line += " " + word; lineWidth += 1 + wordWidth; continue
                }
                if lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                while wordWidth > width {
                    var head = "", headWidth = 0
                    for character in word {
                        let w = of(character)
                        if headWidth + w > width { break }
                        head.append(character); headWidth += w
                    }
                    lines.append(head)
                    word = String(word.dropFirst(head.count)); wordWidth = of(word)
                }
                line = word; lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }
}
