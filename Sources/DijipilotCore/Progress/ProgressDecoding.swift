import Foundation

/// Turns the bytes of a progress file into a `ProgressFile`, or into a `ProgressError` that says where the
/// file is wrong: line and column for syntax, the field path for content.
///
/// The bytes are parsed once, by the project's own parser (`JSONValue.parse`); the same tree is migrated when it
/// is an older layout and decoded into the types (`JSONValueDecoder`). Foundation's parser is asked only when
/// that parse fails, for its message with a position.
enum ProgressDecoding {
    struct Decoded {
        var file: ProgressFile
        /// The schema version found on disk (older than current when the file was migrated in memory).
        var version: Int
    }

    static func decode(_ data: Data, file: String, backup: String?) throws -> Decoded {
        let tree = try parse(data, file: file, backup: backup)
        func wrong(_ field: String, _ problem: String) -> ProgressError {
            .wrongContent(file: file, field: field, problem: problem, backup: backup)
        }
        guard case .object(var root) = tree else {
            throw wrong("the top level", "must be an object, found \(JSONTreeReader.kind(of: tree))")
        }
        let version: Int
        switch root["schemaVersion"] {
        case nil:
            version = 0  // the first builds did not write a version
        case .number(let number)? where number == number.rounded() && number >= 0 && number < 1e15:
            version = Int(number)
        case .bigInteger(let digits)? where !digits.hasPrefix("-"):
            version = Int(digits) ?? Int.max  // far past any version this build knows
        case let other?:
            throw wrong("schemaVersion", "must be a whole number from 0, found \(JSONTreeReader.describe(other))")
        }
        if version > ProgressFile.currentSchemaVersion {
            throw ProgressError.newerVersion(file: file, found: version, supported: ProgressFile.currentSchemaVersion)
        }
        if version == 0 { root = try ProgressMigration.migrateVersion0(root, wrong: wrong) }
        if version <= 1 { root = ProgressMigration.migrateVersion1(root) }
        do {
            return Decoded(file: try JSONValueDecoder.decode(ProgressFile.self, from: .object(root)), version: version)
        } catch let error as DecodingError {
            throw describe(error, tree: .object(root), wrong: wrong)
        }
    }

    /// The file's tree; a file that is not JSON gets Foundation's diagnosis, with line and column (Foundation
    /// reports a character offset, or none when the text ends early).
    static func parse(_ data: Data, file: String, backup: String?) throws -> JSONValue {
        func fail(at offset: Int, _ detail: String) -> ProgressError {
            let (line, column) = DataFile.lineAndColumn(of: offset, in: data)
            return .notJSON(file: file, line: line, column: column, detail: detail, backup: backup)
        }
        let end = contentEnd(data)
        if end == 0 { throw fail(at: 0, "the file is empty (a save by another program was probably interrupted)") }
        if let tree = JSONValue.parse(data) { return tree }
        // Only a file the parser refused pays for the checks below.
        if String(data: data, encoding: .utf8) == nil {
            throw fail(at: DataFile.firstInvalidUTF8Offset(data), "it is not UTF-8 text")
        }
        let foundation: Any
        do {
            foundation = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            if let range = detail.range(of: #"character (\d+)"#, options: .regularExpression),
                let offset = Int(detail[range].dropFirst("character ".count))
            {
                if offset >= end { throw fail(at: end, "it ends early, as if cut short (truncated)") }
                let reason = detail.replacingOccurrences(
                    of: #" around character \d+\.?"#, with: "", options: .regularExpression)
                throw fail(at: offset, reason.prefix(1).lowercased() + reason.dropFirst())
            }
            throw fail(at: end, "it ends early, as if cut short (truncated)")
        }
        // Foundation accepts a few texts the strict parser does not: read them from its tree, as the loader does.
        guard let tree = JSONValue(foundation: foundation) else {
            throw fail(at: 0, "it holds a value this version cannot read")
        }
        return tree
    }

    /// Offset just past the last non-blank byte.
    private static func contentEnd(_ data: Data) -> Int {
        var end = data.count
        while end > 0, [0x20, 0x0A, 0x0D, 0x09].contains(data[data.startIndex + end - 1]) { end -= 1 }
        return end
    }

    /// A decoding error as the field path a person can find in the file, with what was expected and found.
    static func describe(_ error: DecodingError, tree: JSONValue, wrong: (String, String) -> ProgressError)
        -> ProgressError
    {
        switch error {
        case .typeMismatch(let type, let context):
            let found = value(at: context.codingPath, in: tree).map(JSONTreeReader.describe) ?? "something else"
            return wrong(path(context.codingPath), "must be \(expected(type)), found \(found)")
        case .valueNotFound(let type, let context):
            return wrong(path(context.codingPath), "is null, \(expected(type)) is required")
        case .keyNotFound(let key, let context):
            return wrong(path(context.codingPath + [key]), "is missing")
        case .dataCorrupted(let context):
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

    private static func value(at keys: [CodingKey], in tree: JSONValue) -> JSONValue? {
        var node: JSONValue? = tree
        for key in keys {
            switch node {
            case .array(let list)?:
                guard let i = key.intValue else { return nil }
                node = i < list.count ? list[i] : nil
            case .object(let object)?:
                node = object[key.stringValue]
            default:
                return nil
            }
        }
        return node
    }
}
