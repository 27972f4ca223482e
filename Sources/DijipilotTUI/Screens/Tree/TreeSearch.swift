import DijipilotCore

/// Case-insensitive match of a lesson's id or title against a search query.
struct TreeSearch {
    let query: String
    init(_ query: String) { self.query = query.lowercased() }

    func matches(_ lesson: Lesson) -> Bool {
        !query.isEmpty && (lesson.id.lowercased().contains(query) || lesson.title.lowercased().contains(query))
    }
}
