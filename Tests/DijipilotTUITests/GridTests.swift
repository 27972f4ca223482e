import DijipilotCore
import Testing

@testable import DijipilotTUI

@Suite("the cell grid")
struct GridTests {
    @Test("a wide character takes two cells and the text reads back whole")
    func wideCharacters() {
        var grid = Grid(width: 10, height: 1)
        let used = grid.put("a界b", x: 0, y: 0)
        #expect(used == 4)
        #expect(grid[1, 0].text == "界")
        #expect(grid[2, 0].isContinuation)
        #expect(grid.text == "a界b")
    }

    @Test("emoji count as two columns")
    func emojiWidth() {
        #expect(DisplayWidth.of("⏱️") == 2)
        #expect(DisplayWidth.of("🧬") == 2)
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test("text is clipped at the right edge and a wide character that does not fit becomes a space")
    func clipping() {
        var grid = Grid(width: 4, height: 1)
        grid.put("abc界", x: 0, y: 0)
        #expect(grid.lines == ["abc "])
        var clipped = Grid(width: 5, height: 2)
        clipped.put("hello world", x: 2, y: 1, maxWidth: 2)
        #expect(clipped.lines[1] == "  he ")
        clipped.put("x", x: -1, y: 0)
        clipped.put("x", x: 0, y: 5)
        #expect(clipped.lines[0] == "     ")
    }

    @Test("overwriting half of a wide character clears the other half")
    func repairWide() {
        var grid = Grid(width: 4, height: 1)
        grid.put("界", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        #expect(grid.lines == [" x  "])
    }

    @Test("truncation ends in an ellipsis and respects display width")
    func truncation() {
        #expect(DisplayWidth.truncate("Business Continuity", to: 10) == "Business …")
        #expect(DisplayWidth.truncate("界界界界", to: 5) == "界界…")
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
    }

    @Test("wrapping keeps words whole and breaks words longer than a line")
    func wrapping() {
        #expect(DisplayWidth.wrap("the quick brown fox", width: 10) == ["the quick", "brown fox"])
        #expect(DisplayWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test("diffing finds exactly the changed cells, and everything after a resize")
    func diffing() {
        var a = Grid(width: 5, height: 2)
        a.put("hello", x: 0, y: 0)
        var b = a
        b.put("J", x: 0, y: 1)
        b.put("y", x: 4, y: 0)
        let changes = b.changes(since: a)
        #expect(changes.count == 2)
        #expect(changes.contains { $0.x == 0 && $0.y == 1 })
        #expect(changes.contains { $0.x == 4 && $0.y == 0 })
        #expect(b.changes(since: Grid(width: 4, height: 2)).count == 10)
        #expect(b.changes(since: b).isEmpty)
    }
}

@Suite("key decoding")
struct KeyDecodingTests {
    @Test("function keys map to named keys")
    func functionKeys() {
        #expect(KeyDecoder.decode(isFunctionKey: true, code: KeyDecoder.keyUp) == .up)
        #expect(KeyDecoder.decode(isFunctionKey: true, code: KeyDecoder.keyResize) == .resize)
        #expect(KeyDecoder.decode(isFunctionKey: true, code: KeyDecoder.keyF0 + 1) == .function(1))
        #expect(KeyDecoder.decode(isFunctionKey: true, code: KeyDecoder.keyBackTab) == .backTab)
        #expect(KeyDecoder.decode(isFunctionKey: true, code: 9999) == nil)
    }

    @Test("control characters, Enter, Esc, Backspace and wide characters")
    func characters() {
        #expect(KeyDecoder.decode(isFunctionKey: false, code: 13) == .enter)
        #expect(KeyDecoder.decode(isFunctionKey: false, code: 10) == .enter)
        #expect(KeyDecoder.decode(isFunctionKey: false, code: 27) == .escape)
        #expect(KeyDecoder.decode(isFunctionKey: false, code: 127) == .backspace)
        #expect(KeyDecoder.decode(isFunctionKey: false, code: 3) == .control("c"))
        #expect(KeyDecoder.decode(isFunctionKey: false, code: 9) == .tab)
        #expect(KeyDecoder.decode(isFunctionKey: false, code: 0x754C) == .character("界"))
        #expect(KeyDecoder.decode(isFunctionKey: false, code: 113) == .character("q"))
    }
}

@Suite("colours")
struct ColourTests {
    @Test(
        "a 256-colour shade falls back to its nearest basic colour on an 8-colour terminal, and stays itself with 256")
    func fallback() {
        #expect(Theme.masteredShade.index(available: 8) == TermColor.green.index)
        #expect(Theme.learnedShade.index(available: 8) == TermColor.cyan.index)
        #expect(Theme.uncertainShade.index(available: 8) == TermColor.yellow.index)
        #expect(Theme.missingShade.index(available: 8) == TermColor.red.index)
        #expect(Theme.missingShade.index(available: 256) == 160)
        #expect(TermColor.indexed(9).index(available: 8) == TermColor.red.index)
        #expect(TermColor.indexed(250).index(available: 8) == TermColor.white.index)
        #expect(TermColor.indexed(234).index(available: 16) == TermColor.black.index)
        #expect(TermColor.blue.index(available: 8) == 4)
    }

    @Test("every state has its own colour, and none without colour")
    func distinct() {
        let theme = Theme(usesColor: true)
        let colours = CheckpointDisplayState.allCases.compactMap { theme.style(for: $0).foreground }
        #expect(Set(colours).count == colours.count)
        let mono = Theme(usesColor: false)
        #expect(CheckpointDisplayState.allCases.allSatisfy { mono.style(for: $0).foreground == nil })
    }
}
