/// What a key means on the curriculum screen.
enum TreeCommand: Sendable {
    // Tree pane
    case up, down, pageUp, pageDown, first, last
    case expand, collapse, toggle
    // Lesson pane
    case scrollUp, scrollDown, scrollPageUp, scrollPageDown, scrollTop, scrollBottom
    case nextLink, openLink, openNumberedLink, backToTree
    // Both panes
    case focusNext, focusPrevious
    case search, nextMatch, previousMatch
    case cycleStateFilter, cycleDifficulty, cyclePath, clearFilters
    case previousLesson, nextLesson
    case editNote, toggleDone, writeTemplate
    // While a search or a note is typed
    case confirmText, cancelText, editText
}

/// The key tables of the curriculum screen: the help screen and the status line are generated from them.
enum TreeKeys {
    static let tree: [KeyBinding<TreeCommand>] = [
        KeyBinding([.up, .character("k")], "Move up", .up),
        KeyBinding([.down, .character("j")], "Move down", .down),
        KeyBinding([.pageUp], "Move up a page", .pageUp),
        KeyBinding([.pageDown], "Move down a page", .pageDown),
        KeyBinding([.home], "Go to the first row", .first),
        KeyBinding([.end], "Go to the last row", .last),
        KeyBinding([.enter, .character(" ")], "Open or close a group; open a lesson", short: "open", .toggle),
        KeyBinding([.right, .character("l")], "Expand a group (again: its first child); open a lesson", .expand),
        KeyBinding([.left, .character("h")], "Collapse a group, or go to the parent", .collapse),
        KeyBinding([.character("e")], "Edit your note on the selected lesson", .editNote),
        KeyBinding([.character("t")], "Write the selected lesson's template to a file here", .writeTemplate),
        KeyBinding(
            [.character("x")], "Mark the selected roadmap lesson done (tick its Done-when list) / not done", .toggleDone
        ),
    ]

    static let detail: [KeyBinding<TreeCommand>] = [
        KeyBinding([.up, .character("k")], "Scroll the lesson up", short: "scroll", .scrollUp),
        KeyBinding([.down, .character("j")], "Scroll the lesson down", .scrollDown),
        KeyBinding([.pageUp], "Scroll up a page", .scrollPageUp),
        KeyBinding([.pageDown, .character(" ")], "Scroll down a page", .scrollPageDown),
        KeyBinding([.home], "Scroll to the top", .scrollTop),
        KeyBinding([.end], "Scroll to the bottom", .scrollBottom),
        KeyBinding([.character("p")], "Select the next prerequisite link", .nextLink),
        KeyBinding([.enter], "Open the selected prerequisite", .openLink),
        KeyBinding(
            (1...9).map { Key.character(Character("\($0)")) }, "Open prerequisite number 1–9", .openNumberedLink),
        KeyBinding([.left, .character("h")], "Back to the tree", .backToTree),
        KeyBinding([.character("e")], "Edit your note on this lesson", short: "note", .editNote),
        KeyBinding(
            [.character("t")], "Write this lesson's template to a file in the current folder", short: "template",
            .writeTemplate),
        KeyBinding(
            [.character("x")], "Mark this roadmap lesson done (tick its Done-when list) / not done", short: "done",
            .toggleDone),
    ]

    static let common: [KeyBinding<TreeCommand>] = [
        KeyBinding([.tab], "Switch between the tree and the lesson", short: "pane", .focusNext),
        KeyBinding([.backTab], "Switch between the lesson and the tree", .focusPrevious),
        KeyBinding(
            [.character("/")], "Search lessons: ids, titles, summaries, steps, done-when and checkpoints",
            short: "search", .search),
        KeyBinding([.character("n")], "Next search match", .nextMatch),
        KeyBinding([.character("N")], "Previous search match", .previousMatch),
        KeyBinding(
            [.character("f")], "Filter by state: all, missing, uncertain, mastered or learned, not assessed",
            short: "filter", .cycleStateFilter),
        KeyBinding([.character("D")], "Filter by difficulty: all, beginner, intermediate, advanced", .cycleDifficulty),
        KeyBinding([.character("P")], "Filter by path: all, launch, grow, scale", .cyclePath),
        KeyBinding([.character("F")], "Clear the filters and the search", .clearFilters),
        KeyBinding([.character("[")], "Previous lesson in curriculum order", .previousLesson),
        KeyBinding([.character("]")], "Next lesson in curriculum order", .nextLesson),
    ]

    /// While typing a search or a note, these keys act; everything printable is typed.
    static let textInput: [KeyBinding<TreeCommand>] = [
        KeyBinding([.enter], "Confirm", short: "confirm", .confirmText),
        KeyBinding([.escape, .control("c")], "Cancel", short: "cancel", label: "Esc", .cancelText),
        KeyBinding([.backspace, .delete], "Delete the last character", label: "Backspace", .editText),
        KeyBinding([.control("u")], "Clear the text", .editText),
    ]

    /// The active table: the focused pane's keys first, then those of both panes (first match wins).
    static func bindings(focus: TreePane) -> [KeyBinding<TreeCommand>] {
        (focus == .tree ? tree : detail) + common
    }
}
