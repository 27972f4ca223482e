import Foundation

/// Decodes `Decodable` types from a `JSONValue` tree, so a file is parsed once (by `JSONBytesParser`) and
/// never re-read by `JSONDecoder`. It reports the errors `JSONDecoder` reports, with the same coding paths
/// (array positions as "Index 3"), so the messages built from them read the same. Dates are ISO 8601 text,
/// as `JSONEncoder.dijipilot()` writes them.
enum JSONValueDecoder {
    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try TreeDecoder(value, in: [], at: nil).decodeValue(T.self)
    }
}

/// A position in an array, spelled as `JSONDecoder` spells it. One word, so it is stored inline wherever a
/// `CodingKey` goes.
private struct IndexKey: CodingKey {
    let index: Int
    init(_ index: Int) { self.index = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.init(intValue) }
    var intValue: Int? { index }
    var stringValue: String { "Index \(index)" }
}

/// The decoder for one value of the tree, and its single-value container. Its coding path is put together only
/// when asked for (an error, a nested container): building one per value was most of the decoding time.
private struct TreeDecoder: Decoder, SingleValueDecodingContainer {
    let value: JSONValue
    private let parentPath: [CodingKey]
    private let key: CodingKey?
    var codingPath: [CodingKey] { key.map { parentPath + [$0] } ?? parentPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ value: JSONValue, in parentPath: [CodingKey], at key: CodingKey?) {
        self.value = value
        self.parentPath = parentPath
        self.key = key
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        switch value {
        case .object(let object): return KeyedDecodingContainer(KeyedContainer<Key>(object, codingPath: codingPath))
        case .null: throw DecodingError.valueNotFound(KeyedDecodingContainer<Key>.self, context("found null"))
        default: throw mismatch([String: Any].self)
        }
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        switch value {
        case .array(let items): return UnkeyedContainer(items, codingPath: codingPath)
        case .null: throw DecodingError.valueNotFound(UnkeyedDecodingContainer.self, context("found null"))
        default: throw mismatch([Any].self)
        }
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { self }

    // MARK: Values

    func decodeNil() -> Bool { value.isNull }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let bool) = value else { throw mismatchOrNull(type) }
        return bool
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let text) = value else { throw mismatchOrNull(type) }
        return text
    }

    func decode(_ type: Double.Type) throws -> Double {
        switch value {
        case .number(let number): return number
        case .bigInteger(let digits): return Double(digits) ?? .nan
        default: throw mismatchOrNull(type)
        }
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }

    /// Any value; dates are read as ISO 8601 text (`Date`'s own decoding would expect seconds).
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == Date.self {
            let text = try decode(String.self)
            guard let date = ISODate.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: self,
                    debugDescription: "\"\(text)\" is not an ISO 8601 date (expected e.g. 2025-03-01T09:30:00Z)")
            }
            if let date = date as? T { return date }
        }
        return try T(from: self)
    }

    /// A whole number that fits the type; a fraction or an overflow is refused as `JSONDecoder` refuses it.
    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        switch value {
        case .number(let number):
            if let exact = T(exactly: number) { return exact }
            throw DecodingError.dataCorrupted(context("Parsed JSON number <\(number)> does not fit in \(type)."))
        case .bigInteger(let digits):
            if let exact = T(digits) { return exact }
            throw DecodingError.dataCorrupted(context("Parsed JSON number <\(digits)> does not fit in \(type)."))
        default:
            throw mismatchOrNull(type)
        }
    }

    private func context(_ description: String) -> DecodingError.Context {
        DecodingError.Context(codingPath: codingPath, debugDescription: description)
    }

    private func mismatch(_ type: Any.Type) -> DecodingError {
        .typeMismatch(type, context("Expected to decode \(type) but found \(JSONTreeReader.kind(of: value)) instead."))
    }

    /// A null where a value is required is `valueNotFound`, anything else of the wrong kind `typeMismatch`.
    private func mismatchOrNull(_ type: Any.Type) -> DecodingError {
        value.isNull ? .valueNotFound(type, context("Expected \(type) value but found null instead.")) : mismatch(type)
    }
}

/// An object's fields by key.
private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let object: JSONObject
    let codingPath: [CodingKey]

    init(_ object: JSONObject, codingPath: [CodingKey]) {
        self.object = object
        self.codingPath = codingPath
    }

    var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { object[key.stringValue] != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try field(key).isNull }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder(key).decodeValue(type)
    }

    // The common field types read straight from the tree, without a `Decoder` for each.
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder(key).decode(type) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder(key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder(key).integer(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder(key).integer(type) }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type,
        forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try decoder(key).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder {
        TreeDecoder(object["super"] ?? .null, in: codingPath, at: nil)
    }

    func superDecoder(forKey key: Key) throws -> Decoder {
        TreeDecoder(object[key.stringValue] ?? .null, in: codingPath, at: key)
    }

    private func decoder(_ key: Key) throws -> TreeDecoder {
        TreeDecoder(try field(key), in: codingPath, at: key)
    }

    private func field(_ key: Key) throws -> JSONValue {
        guard let value = object[key.stringValue] else {
            throw DecodingError.keyNotFound(
                key,
                DecodingError.Context(
                    codingPath: codingPath, debugDescription: "No value associated with key \(key.stringValue)."))
        }
        return value
    }
}

/// An array's items in order.
private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let items: [JSONValue]
    let codingPath: [CodingKey]
    private(set) var currentIndex = 0

    init(_ items: [JSONValue], codingPath: [CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func decodeNil() throws -> Bool {
        guard try next(Never.self).value.isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let decoded = try next(type).decodeValue(type)
        currentIndex += 1
        return decoded
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        let container = try next(type).container(keyedBy: type)
        currentIndex += 1
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let container = try next([Any].self).unkeyedContainer()
        currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> Decoder {
        let decoder = try next(Decoder.self)
        currentIndex += 1
        return decoder
    }

    mutating func decode(_ type: String.Type) throws -> String {
        let text = try next(type).decode(type)
        currentIndex += 1
        return text
    }

    /// The decoder of the item at the current index; past the end, the error `JSONDecoder` gives.
    private func next(_ type: Any.Type) throws -> TreeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                type,
                DecodingError.Context(
                    codingPath: codingPath + [IndexKey(currentIndex)], debugDescription: "Unkeyed container is at end.")
            )
        }
        return TreeDecoder(items[currentIndex], in: codingPath, at: IndexKey(currentIndex))
    }
}
