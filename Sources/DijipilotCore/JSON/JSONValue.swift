import Foundation

/// A parsed JSON value: how the project reads every JSON it is given (the curriculum, the question bank, the
/// progress file, the lines of `dijipilot assess`), through `JSONBytesParser`.
///
/// Why not `JSONSerialization`: it builds its own tree, then converts it into boxed Foundation objects that the
/// loader casts back; at 10,000 checkpoints that was half of a cold start. This tree is built once, straight from
/// the bytes, and read without casts (docs/ARCHITECTURE.md has the figures).
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    /// A whole number beyond ±2^53, kept as written: a Double would round it (a diagnostic's 64-bit seed).
    case bigInteger(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    /// The tree of a JSON text, or nil when it is not strict JSON (RFC 8259) in UTF-8. A caller that needs to
    /// say why asks `JSONSerialization` then, for its line and column (see `DataFile.parseTree`).
    public static func parse(_ data: Data) -> JSONValue? { JSONBytesParser.parse(data) }
}

/// A JSON object with its keys in file order. Lookup is a linear scan: the objects of a curriculum have a
/// handful of keys, where hashing costs more than comparing.
public struct JSONObject: Sendable {
    public internal(set) var keys: [String] = []
    public internal(set) var values: [JSONValue] = []

    public init() {}

    init(keys: [String], values: [JSONValue]) {
        self.keys = keys
        self.values = values
    }

    public subscript(key: String) -> JSONValue? {
        // The last occurrence wins, as with JSONSerialization.
        var i = keys.count - 1
        while i >= 0 {
            if keys[i] == key { return values[i] }
            i -= 1
        }
        return nil
    }

    public var entries: Zip2Sequence<[String], [JSONValue]> { zip(keys, values) }

    /// The keys once each (a key given twice counts once, as in `JSONSerialization`'s dictionaries).
    public var distinctKeys: Set<String> { Set(keys) }

    /// Sets a key's value: the last occurrence is replaced, or the key is added at the end.
    mutating func set(_ key: String, _ value: JSONValue) {
        if let i = keys.lastIndex(of: key) { values[i] = value } else { keys.append(key); values.append(value) }
    }

    /// Removes every occurrence of a key; returns the value a lookup gave.
    @discardableResult
    mutating func removeValue(forKey key: String) -> JSONValue? {
        let value = self[key]
        for i in keys.indices.reversed() where keys[i] == key {
            keys.remove(at: i)
            values.remove(at: i)
        }
        return value
    }
}

extension JSONValue {
    /// The same tree from `JSONSerialization`'s output, for the rare file this parser refuses but Foundation
    /// accepts: loading never depends on which of the two read it.
    init?(foundation value: Any) {
        switch value {
        case _ where JSONTreeReader.isNull(value): self = .null
        case let text as String: self = .string(text)
        case let number as NSNumber:
            if DataFile.isBoolean(number) {
                self = .bool(number.boolValue)
            } else if abs(number.doubleValue) >= 9_007_199_254_740_992, "qQ".contains(String(cString: number.objCType))
            {
                self = .bigInteger(number.stringValue)  // a whole number past 2^53, as the fast parser keeps it
            } else {
                self = .number(number.doubleValue)
            }
        case let list as [Any]:
            var items: [JSONValue] = []
            for item in list {
                guard let converted = JSONValue(foundation: item) else { return nil }
                items.append(converted)
            }
            self = .array(items)
        case let dict as [String: Any]:
            var object = JSONObject()
            for key in dict.keys.sorted() {
                guard let converted = JSONValue(foundation: dict[key]!) else { return nil }
                object.keys.append(key)
                object.values.append(converted)
            }
            self = .object(object)
        default:
            return nil
        }
    }
}
