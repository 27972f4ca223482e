import DijipilotCore
import Foundation

/// Reads `assess --profile-file FILE`: a JSON object of profile fields, as the progress file keeps them.
enum ProfileFileReader {
    static func read(path: String, over saved: BusinessProfile) throws -> BusinessProfile {
        func fail(_ problem: String) -> CommandFailure {
            CommandFailure(status: ExitStatus.usage, message: "--profile-file \(path): \(problem)")
        }
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        // Read through a file handle, so a pipe (`--profile-file <(…)`) works as well as a file.
        guard let handle = FileHandle(forReadingAtPath: url.path), let data = try? handle.readToEnd() else {
            throw fail("cannot be read")
        }
        try? handle.close()
        guard case .object(let object)? = JSONValue.parse(data) else {
            throw fail("is not a JSON object like {\"stock\":\"dropshipping\",\"region\":\"eu\"}")
        }
        var profile = saved
        for (key, value) in object.entries {
            if key == "businessName" { continue }
            guard let field = ProfileField(rawValue: key) else {
                let known = ProfileField.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail("\"\(key)\" is not a profile field (one of \(known))")
            }
            guard case .string(let text) = value else { throw fail("\(key) must be a text") }
            guard BusinessProfile.isKnown(text, for: field) else {
                throw fail("\(key): \"\(text)\" is not one of \(field.answers.map(\.key).joined(separator: ", "))")
            }
            profile[field] = text
        }
        return profile
    }
}
