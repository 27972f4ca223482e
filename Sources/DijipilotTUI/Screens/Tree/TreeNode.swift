import DijipilotCore

/// One node of the curriculum tree: groups by their indexes in `programs`, lessons by curriculum index.
enum TreeNode: Hashable, Sendable {
    case program(Int)
    case mission(Int, Int)
    case module(Int, Int, Int)
    case lesson(Int)

    /// 0 for programs … 3 for lessons: the indent level.
    var depth: Int {
        switch self {
        case .program: 0
        case .mission: 1
        case .module: 2
        case .lesson: 3
        }
    }

    var lessonIndex: Int? {
        if case .lesson(let i) = self { return i }
        return nil
    }

    var isLesson: Bool { lessonIndex != nil }

    /// "Program", "Mission", … for headers.
    var kindName: String {
        switch self {
        case .program: "Program"
        case .mission: "Mission"
        case .module: "Module"
        case .lesson: "Lesson"
        }
    }
}
