import DijipilotCore
import Foundation

/// The built-in course, loaded from the repository's Data folder, shared by the TUI tests.
enum TestCourse {
    static let dataFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data")

    static func load() throws -> CourseData { try CourseLoader.load(folder: dataFolder) }
}
