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

/// `/`: the search line at the bottom of the tree pane.
enum SearchInput {
    static func handle(_ key: Key, _ state: inout AppState, _ ctx: TreeContext) {
        guard var draft = state.tree.searchDraft else { return }
        switch key {
        case .escape, .control("c"):
            state.tree.searchDraft = nil
        case .enter:
            state.tree.searchDraft = nil
            confirm(draft.trimmingCharacters(in: .whitespaces), &state, ctx)
        default:
            if editLine(&draft, with: key) { state.tree.searchDraft = draft }
        }
    }

    /// Keeps the query and selects its first match in curriculum order, opening its ancestors.
    static func confirm(_ query: String, _ state: inout AppState, _ ctx: TreeContext) {
        state.tree.search = query
        state.tree.searchHit = nil
        guard !query.isEmpty else { state.tree.searchMatchCount = 0; return }
        countMatches(&state, ctx)
        let matcher = TreeSearch(query)
        let tree = state.tree
        guard let first = ctx.curriculum.lessons.indices.first(where: {
            tree.isShown(lesson: $0, ctx) && matcher.matches(ctx.curriculum.lessons[$0])
        }) else {
            let filtered = state.tree.filters.isActive ? " with these filters (F clears them)" : ""
            state.message = StatusMessage("No lesson matches “\(query)”\(filtered)", kind: .error)
            return
        }
        TreeUpdate.select(lesson: first, &state, ctx)
        state.tree.searchHit = .init(lesson: first, ordinal: 1)
    }

    static func countMatches(_ state: inout AppState, _ ctx: TreeContext) {
        let matcher = TreeSearch(state.tree.search)
        let tree = state.tree
        state.tree.searchMatchCount = ctx.curriculum.lessons.indices.reduce(0) {
            $0 + (tree.isShown(lesson: $1, ctx) && matcher.matches(ctx.curriculum.lessons[$1]) ? 1 : 0)
        }
    }
}

/// `e`: the note line at the bottom of the lesson pane.
enum NoteInput {
    static func start(_ state: inout AppState, _ ctx: TreeContext) {
        guard let i = state.tree.selected.lessonIndex else {
            state.message = StatusMessage("Select a lesson to write a note on it")
            return
        }
        if let reason = state.readOnlyReason {
            state.message = StatusMessage("Read-only: \(reason)", kind: .error)
            return
        }
        state.tree.noteDraft = state.progress.notes[ctx.curriculum.lessons[i].id] ?? ""
        state.tree.focus = .detail
    }

    static func handle(_ key: Key, _ state: inout AppState, _ ctx: TreeContext) -> [Effect] {
        guard var draft = state.tree.noteDraft else { return [] }
        switch key {
        case .escape, .control("c"):
            state.tree.noteDraft = nil
            state.message = StatusMessage("Note not changed")
        case .enter:
            state.tree.noteDraft = nil
            return save(draft, &state, ctx)
        default:
            if editLine(&draft, with: key) { state.tree.noteDraft = draft }
        }
        return []
    }

    static func save(_ text: String, _ state: inout AppState, _ ctx: TreeContext) -> [Effect] {
        guard let i = state.tree.selected.lessonIndex else { return [] }
        let id = ctx.curriculum.lessons[i].id
        if let reason = state.readOnlyReason {
            state.message = StatusMessage("Read-only: \(reason)", kind: .error)
            return []
        }
        let old = state.progress.notes[id]
        state.progress.setNote(text, lessonID: id)
        guard state.progress.notes[id] != old else { return [] }
        state.message = StatusMessage(state.progress.notes[id] == nil ? "Note on \(id) removed" : "Note on \(id) saved")
        return [.saveProgress]
    }
}
