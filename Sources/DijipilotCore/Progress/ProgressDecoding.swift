import Foundation

/// Turns the bytes of a progress file into a `ProgressFile`, or into a `ProgressError` that says where the
/// file is wrong: line and column for syntax, the field path for content.
enum ProgressDecoding {
    struct Decoded {
        var file: ProgressFile
        /// The schema version found on disk (0 when the file was migrated in memory).
        var version: Int
    }

    static func decode(_ data: Data, file: String, backup: String?) throws -> Decoded {
        let tree = try parse(data, file: file, backup: backup)
        func wrong(_ field: String, _ problem: String) -> ProgressError {
            .wrongContent(file: file, field: field, problem: problem, backup: backup)
        }
        guard var root = tree as? [String: Any] else {
            throw wrong("the top level", "must be an object, found \(JSONTreeReader.kind(of: tree))")
        }
        let version: Int
        switch root["schemaVersion"] {
        case nil:
            version = 0 // the first builds did not write a version
        case let number as NSNumber where !JSONTreeReader.isBoolean(number)
                && number.doubleValue == number.doubleValue.rounded() && number.doubleValue >= 0:
            version = number.intValue
        case let other?:
            throw wrong("schemaVersion", "must be a whole number from 0, found \(JSONTreeReader.describe(other))")
        }
        if version > ProgressFile.currentSchemaVersion {
            throw ProgressError.newerVersion(file: file, found: version, supported: ProgressFile.currentSchemaVersion)
        }
        var bytes = data
        if version == 0 {
            root = try ProgressMigration.migrateVersion0(root, wrong: wrong)
            bytes = try JSONSerialization.data(withJSONObject: root)
        }
        do {
            return Decoded(file: try JSONDecoder.dijipilot().decode(ProgressFile.self, from: bytes), version: version)
        } catch let error as DecodingError {
            throw describe(error, tree: root, wrong: wrong)
        }
    }

    /// Syntax check with line and column: Foundation reports a character offset, or none when the text ends early.
    static func parse(_ data: Data, file: String, backup: String?) throws -> Any {
        func fail(at offset: Int, _ detail: String) -> ProgressError {
            let (line, column) = DataFile.lineAndColumn(of: offset, in: data)
            return .notJSON(file: file, line: line, column: column, detail: detail, backup: backup)
        }
        let end = contentEnd(data)
        if end == 0 { throw fail(at: 0, "the file is empty (a save by another program was probably interrupted)") }
        if String(data: data, encoding: .utf8) == nil {
            throw fail(at: DataFile.firstInvalidUTF8Offset(data), "it is not UTF-8 text")
        }
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            if let range = detail.range(of: #"character (\d+)"#, options: .regularExpression),
               let offset = Int(detail[range].dropFirst("character ".count)) {
                if offset >= end { throw fail(at: end, "it ends early, as if cut short (truncated)") }
                let reason = detail.replacingOccurrences(of: #" around character \d+\.?"#, with: "", options: .regularExpression)
                throw fail(at: offset, reason.prefix(1).lowercased() + reason.dropFirst())
            }
            throw fail(at: end, "it ends early, as if cut short (truncated)")
        }
    }

    /// Offset just past the last non-blank byte.
    private static func contentEnd(_ data: Data) -> Int {
        var end = data.count
        while end > 0, [0x20, 0x0A, 0x0D, 0x09].contains(data[data.startIndex + end - 1]) { end -= 1 }
        return end
    }

    /// A decoding error as the field path a person can find in the file, with what was expected and found.
    static func describe(_ error: DecodingError, tree: Any, wrong: (String, String) -> ProgressError) -> ProgressError {
        switch error {
        case let .typeMismatch(type, context):
            let found = value(at: context.codingPath, in: tree).map(JSONTreeReader.describe) ?? "something else"
            return wrong(path(context.codingPath), "must be \(expected(type)), found \(found)")
        case let .valueNotFound(type, context):
            return wrong(path(context.codingPath), "is null, \(expected(type)) is required")
        case let .keyNotFound(key, context):
            return wrong(path(context.codingPath + [key]), "is missing")
        case let .dataCorrupted(context):
            var detail = context.debugDescription
            if detail.hasPrefix("Cannot initialize"), let found = value(at: context.codingPath, in: tree) {
                detail = "\(JSONTreeReader.describe(found)) is not one of the allowed values"
            }
            return wrong(path(context.codingPath), detail)
        @unknown default:
            return wrong("the top level", "\(error)")
        }
    }

    static func path(_ keys: [CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let i = key.intValue, key.stringValue == "\(i)" || key.stringValue.hasPrefix("Index ") {
                out += "[\(i)]"
            } else {
                out += out.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return out.isEmpty ? "the top level" : out
    }

    private static func expected(_ type: Any.Type) -> String {
        let name = "\(type)"
        if name.hasPrefix("Int") || name.hasPrefix("UInt") { return "a whole number" }
        if name == "Double" || name == "Float" { return "a number" }
        if name == "String" { return "a text" }
        if name == "Bool" { return "true or false" }
        if name.hasPrefix("Array") { return "a list" }
        return "an object"
    }

    private static func value(at keys: [CodingKey], in tree: Any) -> Any? {
        var node: Any? = tree
        for key in keys {
            if let list = node as? [Any], let i = key.intValue {
                node = i < list.count ? list[i] : nil
            } else if let dict = node as? [String: Any] {
                node = dict[key.stringValue]
            } else {
                return nil
            }
        }
        return node
    }
}
