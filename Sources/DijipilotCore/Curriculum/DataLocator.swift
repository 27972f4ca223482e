import Foundation

/// Finds the built-in curriculum folder whether the app runs through `swift run`, from `.build/`, or installed.
public enum DataLocator {
    /// Candidate folders in the order they are tried; the first holding `curriculum.json` wins.
    public static func candidates(
        executable: URL = URL(fileURLWithPath: CommandLine.arguments.first ?? ""),
        environment: [String: String] = ProcessInfo.processInfo.environment,
        sourceFile: String = #filePath
    ) -> [URL] {
        var folders: [URL] = []
        if let explicit = environment["DIJIPILOT_DATA"], !explicit.isEmpty {
            folders.append(URL(fileURLWithPath: explicit))
        }
        let binaryFolder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        // Installed: PREFIX/bin/dijipilot with PREFIX/share/dijipilot/Data.
        folders.append(binaryFolder.deletingLastPathComponent().appendingPathComponent("share/dijipilot/Data"))
        // Built: .build/<triple>/debug/dijipilot inside the checkout; walk up to the folder that has Data/.
        var folder = binaryFolder
        for _ in 0..<6 {
            folders.append(folder.appendingPathComponent("Data"))
            folder = folder.deletingLastPathComponent()
        }
        // Last resort for a build whose binary was moved: the checkout this source file was compiled from.
        let checkout = URL(fileURLWithPath: sourceFile)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        folders.append(checkout.appendingPathComponent("Data"))
        return folders
    }

    /// The built-in data folder, or nil when none of the candidates holds a curriculum.
    public static func builtInFolder() -> URL? {
        candidates().first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent(CourseLoader.curriculumFileName).path)
        }
    }
}
