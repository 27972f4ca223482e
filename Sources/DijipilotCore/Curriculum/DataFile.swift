import Foundation

/// Reads a JSON data file safely: existence, type, size, encoding and syntax, each with a message that names
/// the file, the place and the fix.
public enum DataFile {
    /// Files beyond this size are refused before parsing: no real curriculum comes near it.
    public static let maximumBytes = 32 * 1024 * 1024

    /// The bytes of a file, or a problem explaining why they cannot be used.
    public static func read(_ url: URL, displayName: String) -> Result<Data, ValidationProblem> {
        func fail(_ message: String) -> Result<Data, ValidationProblem> {
            .failure(ValidationProblem(file: displayName, path: "", message: message))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            return fail("no such file (check the path, or pass --data with the folder that holds it)")
        }
        if isDirectory.boolValue { return fail("is a folder, not a JSON file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        if size > maximumBytes {
            return fail(
                "is \(size / 1_048_576) MB, larger than the \(maximumBytes / 1_048_576) MB limit for a data file")
        }
        guard let data = try? Data(contentsOf: url) else {
            return fail("cannot be read (check its permissions)")
        }
        if data.isEmpty { return fail("is empty (expected a JSON object)") }
        return .success(data)
    }

    /// Parses bytes as a JSON tree, turning Foundation's character offsets into line and column.
    public static func parse(_ data: Data, displayName: String) -> Result<Any, ValidationProblem> {
        func fail(_ message: String) -> Result<Any, ValidationProblem> {
            .failure(ValidationProblem(file: displayName, path: "", message: message))
        }
        do {
            return .success(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
        } catch {
            // Only a failed parse pays for the UTF-8 check, so a good file is read once.
            if String(data: data, encoding: .utf8) == nil {
                let offset = firstInvalidUTF8Offset(data)
                let (line, column) = lineAndColumn(of: offset, in: data)
                return fail(
                    "is not valid UTF-8 text (first bad byte at line \(line), column \(column)); save it as UTF-8")
            }
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            var place = ""
            if let range = detail.range(of: #"character (\d+)"#, options: .regularExpression),
                let offset = Int(detail[range].dropFirst("character ".count))
            {
                let (line, column) = lineAndColumn(of: offset, in: data)
                place = " at line \(line), column \(column)"
            }
            let reason = detail.replacingOccurrences(
                of: #" around character \d+\.?"#, with: "", options: .regularExpression)
            return fail("is not valid JSON\(place): \(reason)")
        }
    }

    /// Parses bytes as a `JSONValue` tree with the fast parser; anything it refuses goes through `parse` for
    /// Foundation's own verdict, so a bad file gets the same message with line and column as ever.
    static func parseTree(_ data: Data, displayName: String) -> Result<JSONValue, ValidationProblem> {
        if let tree = JSONBytesParser.parse(data) { return .success(tree) }
        switch parse(data, displayName: displayName) {
        case .failure(let problem): return .failure(problem)
        case .success(let tree):
            guard let converted = JSONValue(foundation: tree) else {
                return .failure(
                    ValidationProblem(
                        file: displayName, path: "",
                        message: "is not valid JSON: it holds a value this version cannot read"))
            }
            return .success(converted)
        }
    }

    /// Whether bytes parse with the loader's JSON parser; the tree is dropped. The benchmark's decoding floor.
    public static func parsesAsJSON(_ data: Data) -> Bool { JSONBytesParser.parse(data) != nil }

    static func lineAndColumn(of offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        for (i, byte) in data.enumerated() {
            if i >= offset { break }
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var bytes = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    /// True for a JSON true/false from `JSONSerialization`: Foundation hands booleans back as NSNumber too, and
    /// only their Objective-C type code "c" tells them apart from 0 and 1.
    public static func isBoolean(_ value: Any) -> Bool {
        guard let n = value as? NSNumber else { return false }
        return String(cString: n.objCType) == "c"
    }

    /// FNV-1a, 64 bits: a stable fingerprint of content (not a security hash).
    public static func fingerprint(_ parts: [Data]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            part.withUnsafeBytes { bytes in
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            }
            hash = (hash ^ 0xff) &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
