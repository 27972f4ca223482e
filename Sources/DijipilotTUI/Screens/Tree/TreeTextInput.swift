import DijipilotCore
import Foundation

/// Typing into a one-line field: printable characters append, Backspace deletes, Ctrl-U clears.
/// Returns false for keys that are not editing keys.
func editLine(_ text: inout String, with key: Key) -> Bool {
    switch key {
    case .character(let c) where !c.isNewline: text.append(c)
    case .backspace, .delete: if !text.isEmpty { text.removeLast() }
    case .control("u"): text = ""
    default: return false
    }
    return true
}

extension TreeScreenState {
    /// A search or a note is being typed: every key goes to its line.
    var isTyping: Bool { searchDraft != nil || noteDraft != nil }
}

/// The line being typed, whichever is open: the note (`e`) or the search (`/`).
enum TextInput {
    static func perform(
        _ command: TreeCommand, _ key: Key, _ tree: inout TreeScreenState, _ app: inout AppState,
        _ ctx: TreeContext
    ) -> [Effect] {
        switch command {
        case .confirmText:
            if tree.noteDraft != nil { return NoteInput.confirm(&tree, &app, ctx) }
            SearchInput.confirm(&tree, &app, ctx)
        case .cancelText:
            if tree.noteDraft != nil { NoteInput.cancel(&tree, &app) } else { tree.searchDraft = nil }
        default:
            type(key, &tree)
        }
        return []
    }

    /// A character (or Backspace, Ctrl-U) into the open line.
    static func type(_ key: Key, _ tree: inout TreeScreenState) {
        if var draft = tree.noteDraft {
            if editLine(&draft, with: key) { tree.noteDraft = draft }
        } else if var draft = tree.searchDraft {
            if editLine(&draft, with: key) { tree.searchDraft = draft }
        }
    }
}

/// `/`: the search line at the bottom of the tree pane.
enum SearchInput {
    static func confirm(_ tree: inout TreeScreenState, _ app: inout AppState, _ ctx: TreeContext) {
        guard let draft = tree.searchDraft else { return }
        tree.searchDraft = nil
        confirm(draft.trimmingCharacters(in: .whitespaces), &tree, &app, ctx)
    }

    /// Keeps the query and selects its first match, opening its ancestors: the first whose id or title holds it,
    /// else the first in curriculum order (a word in many summaries should still land on the lesson named so).
    static func confirm(_ query: String, _ tree: inout TreeScreenState, _ app: inout AppState, _ ctx: TreeContext) {
        tree.search = query
        tree.searchHit = nil
        guard !query.isEmpty else { tree.searchMatchCount = 0; return }
        countMatches(&tree, ctx)
        let matcher = TreeSearch(query)
        let shown = tree
        let lessons = ctx.curriculum.lessons
        let byTitle = lessons.indices.first {
            shown.isShown(lesson: $0, ctx) && matcher.place(in: lessons[$0]) == .title
        }
        guard
            let first = byTitle
                ?? lessons.indices.first(where: { shown.isShown(lesson: $0, ctx) && matcher.matches(lessons[$0]) })
        else {
            let filtered = tree.filters.isActive ? " with these filters (F clears them)" : ""
            app.message = StatusMessage("No lesson matches “\(query)”\(filtered)", kind: .error)
            return
        }
        TreeUpdate.select(lesson: first, &tree, &app, ctx)
        let ordinal = (0..<first).reduce(1) {
            $0 + (shown.isShown(lesson: $1, ctx) && matcher.matches(lessons[$1]) ? 1 : 0)
        }
        tree.searchHit = .init(lesson: first, ordinal: ordinal)
    }

    static func countMatches(_ tree: inout TreeScreenState, _ ctx: TreeContext) {
        let matcher = TreeSearch(tree.search)
        let shown = tree
        tree.searchMatchCount = ctx.curriculum.lessons.indices.reduce(0) {
            $0 + (shown.isShown(lesson: $1, ctx) && matcher.matches(ctx.curriculum.lessons[$1]) ? 1 : 0)
        }
    }
}

/// `e`: the note line at the bottom of the lesson pane.
enum NoteInput {
    static func start(_ tree: inout TreeScreenState, _ app: inout AppState, _ ctx: TreeContext) {
        guard let i = tree.selected.lessonIndex else {
            app.message = StatusMessage("Select a lesson to write a note on it")
            return
        }
        if let reason = app.readOnlyReason {
            app.message = StatusMessage("Read-only: \(reason)", kind: .error)
            return
        }
        tree.noteDraft = app.progress.notes[ctx.curriculum.lessons[i].id] ?? ""
        tree.focus = .detail
    }

    static func cancel(_ tree: inout TreeScreenState, _ app: inout AppState) {
        tree.noteDraft = nil
        app.message = StatusMessage("Note not changed")
    }

    static func confirm(_ tree: inout TreeScreenState, _ app: inout AppState, _ ctx: TreeContext) -> [Effect] {
        guard let draft = tree.noteDraft else { return [] }
        tree.noteDraft = nil
        return save(draft, &tree, &app, ctx)
    }

    static func save(_ text: String, _ tree: inout TreeScreenState, _ app: inout AppState, _ ctx: TreeContext)
        -> [Effect]
    {
        guard let i = tree.selected.lessonIndex else { return [] }
        let id = ctx.curriculum.lessons[i].id
        if let reason = app.readOnlyReason {
            app.message = StatusMessage("Read-only: \(reason)", kind: .error)
            return []
        }
        let old = app.progress.notes[id]
        app.progress.setNote(text, lessonID: id)
        guard app.progress.notes[id] != old else { return [] }
        app.message = StatusMessage(app.progress.notes[id] == nil ? "Note on \(id) removed" : "Note on \(id) saved")
        return [.saveProgress]
    }
}
