import DijipilotCore

/// Case-insensitive match of a search query against a lesson: its id and title first, then its summary, its
/// steps, its Done-when criteria and its checkpoint, so a founder finds a lesson by what it teaches or asks them
/// to do, not only by its name.
struct TreeSearch {
    /// Where in a lesson the query was found, in the order searched; the search line names it.
    enum Place: String, Sendable {
        case title, summary, steps, doneWhen, checkpoint

        /// "in steps": short, the search line shares the tree pane's width with the query.
        var label: String {
            switch self {
            case .title: "in title"
            case .summary: "in summary"
            case .steps: "in steps"
            case .doneWhen: "in done when"
            case .checkpoint: "in checkpoint"
            }
        }
    }

    let query: String
    init(_ query: String) { self.query = query.lowercased() }

    func matches(_ lesson: Lesson) -> Bool { place(in: lesson) != nil }

    /// The first part of the lesson holding the query, or nil.
    func place(in lesson: Lesson) -> Place? {
        guard !query.isEmpty else { return nil }
        if found(lesson.id) || found(lesson.title) { return .title }
        let s = lesson.summary
        if found(s.what) || found(s.why) || s.keyPoints.contains(where: found) || s.dos.contains(where: found)
            || s.donts.contains(where: found)
        {
            return .summary
        }
        if let work = lesson.work {
            if work.steps.contains(where: found) { return .steps }
            if work.doneWhen.contains(where: found) { return .doneWhen }
        }
        return found(lesson.checkpoint) ? .checkpoint : nil
    }

    private func found(_ text: String) -> Bool { text.lowercased().contains(query) }
}
