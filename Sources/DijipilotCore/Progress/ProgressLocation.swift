import Foundation

/// Where the progress file lives: `--progress PATH`, else `$DIJIPILOT_PROGRESS`, else
/// `$XDG_DATA_HOME/dijipilot/progress.json`, else `~/.local/share/dijipilot/progress.json`.
public enum ProgressLocation {
    public static let environmentVariable = "DIJIPILOT_PROGRESS"
    public static let fileName = "progress.json"

    public static func resolve(
        explicit: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL {
        func given(_ value: String?) -> String? {
            guard let value, !value.isEmpty else { return nil }
            return value
        }
        if let path = given(explicit) ?? given(environment[environmentVariable]) {
            return URL(fileURLWithPath: expandTilde(path, environment: environment)).standardizedFileURL
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let data = given(environment["XDG_DATA_HOME"]), data.hasPrefix("/") {
            return URL(fileURLWithPath: data).appendingPathComponent("dijipilot").appendingPathComponent(fileName)
        }
        let home = given(environment["HOME"]) ?? NSHomeDirectory()
        return URL(fileURLWithPath: home)
            .appendingPathComponent(".local/share/dijipilot", isDirectory: true)
            .appendingPathComponent(fileName)
    }

    /// `~/x` from a config file or a quoted argument, which the shell did not expand.
    static func expandTilde(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty else { return path }
        return home + path.dropFirst()
    }
}
