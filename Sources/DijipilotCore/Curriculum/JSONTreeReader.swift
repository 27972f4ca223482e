import Foundation

/// Reads a parsed JSON tree field by field, recording every problem with its path instead of stopping at the
/// first, so a data author sees all mistakes in one run.
final class JSONTreeReader {
    let file: String
    private(set) var problems: [ValidationProblem] = []

    init(file: String) { self.file = file }

    func report(_ path: String, _ message: String) {
        problems.append(ValidationProblem(file: file, path: path, message: message))
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func object(_ value: JSONValue?, at path: @autoclosure () -> String) -> JSONObject? {
        guard let value else { report(path(), "is missing"); return nil }
        guard case .object(let dict) = value else {
            report(path(), "must be an object, found \(Self.kind(of: value))"); return nil
        }
        return dict
    }

    func array(_ dict: JSONObject, _ key: String, at path: String, required: Bool = true) -> [JSONValue]? {
        let p = { Self.join(path, key) }  // built only when a problem is reported
        guard let value = dict[key], !value.isNull else {
            if required { report(p(), "is missing") }
            return nil
        }
        guard case .array(let list) = value else {
            report(p(), "must be a list, found \(Self.kind(of: value))"); return nil
        }
        return list
    }

    func string(_ dict: JSONObject, _ key: String, at path: String, required: Bool = true) -> String? {
        let p = { Self.join(path, key) }  // built only when a problem is reported
        guard let value = dict[key], !value.isNull else {
            if required { report(p(), "is missing (a non-empty text is required)") }
            return nil
        }
        guard case .string(let text) = value else {
            report(p(), "must be a text, found \(Self.kind(of: value))"); return nil
        }
        if required && text.allSatisfy(\.isWhitespace) {
            report(p(), "is empty (a non-empty text is required)"); return nil
        }
        return text
    }

    func strings(
        _ dict: JSONObject, _ key: String, at path: String, required: Bool = true,
        nonEmpty: Bool = false
    ) -> [String]? {
        let p = { Self.join(path, key) }  // built only when a problem is reported
        guard let list = array(dict, key, at: path, required: required) else { return nil }
        var result: [String] = []
        result.reserveCapacity(list.count)
        for (i, item) in list.enumerated() {
            guard case .string(let text) = item, !text.allSatisfy(\.isWhitespace) else {
                report("\(p())[\(i)]", "must be a non-empty text, found \(Self.kind(of: item))"); continue
            }
            result.append(text)
        }
        if nonEmpty && list.isEmpty { report(p(), "is empty (at least one entry is required)") }
        return result
    }

    func integer(_ dict: JSONObject, _ key: String, at path: String, in range: ClosedRange<Int>) -> Int? {
        let p = { Self.join(path, key) }  // built only when a problem is reported
        guard let value = dict[key], !value.isNull else {
            report(p(), "is missing (a whole number is required)"); return nil
        }
        guard case .number(let number) = value, number == number.rounded(), abs(number) < 1e15 else {
            report(p(), "must be a whole number, found \(Self.describe(value))"); return nil
        }
        let int = Int(number)
        guard range.contains(int) else {
            report(p(), "\(int) is outside \(range.lowerBound)...\(range.upperBound)"); return nil
        }
        return int
    }

    func enumeration<E: RawRepresentable & CaseIterable>(
        _ dict: JSONObject, _ key: String, at path: String,
        as: E.Type
    ) -> E? where E.RawValue == String {
        let p = { Self.join(path, key) }  // built only when a problem is reported
        guard let raw = string(dict, key, at: path) else { return nil }
        guard let value = E(rawValue: raw) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            report(p(), "\"\(raw)\" is not one of \(allowed)"); return nil
        }
        return value
    }

    static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .string: return "a text"
        case .bool: return "true/false"
        case .number, .bigInteger: return "a number"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    static func describe(_ value: JSONValue) -> String {
        if case .string(let s) = value { return "\"\(s)\"" }
        return kind(of: value)
    }

    /// JSON null, without `is NSNull`: that cast makes Foundation try to bridge every Swift array and dictionary
    /// it is asked about, which dominated load time.
    static func isNull(_ value: Any) -> Bool { type(of: value) == NSNull.self }
}

extension JSONTreeReader {
    /// An optional `appliesTo`: an object whose keys are profile fields, each a non-empty list of that field's
    /// values without repeats ("Prefer not to say" is an answer, not a value a condition can name).
    func applicability(_ dict: JSONObject, at path: String) -> Applicability? {
        guard let raw = dict["appliesTo"], !raw.isNull else { return nil }
        let at = Self.join(path, "appliesTo")
        guard let object = self.object(raw, at: at) else { return nil }
        var conditions: [ProfileField: [String]] = [:]
        if object.keys.isEmpty { report(at, "is empty; leave appliesTo out for a lesson that applies to everyone") }
        for (key, value) in object.entries {
            let fieldPath = "\(at).\(key)"
            guard let field = ProfileField(rawValue: key) else {
                let known = ProfileField.allCases.map(\.rawValue).joined(separator: ", ")
                report(fieldPath, "\"\(key)\" is not a profile field (one of \(known))"); continue
            }
            guard case .array(let list) = value else {
                report(fieldPath, "must be a list of \(key) values, found \(Self.kind(of: value))"); continue
            }
            if list.isEmpty { report(fieldPath, "is empty; list the values it applies to, or leave the field out") }
            var values: [String] = []
            for (i, item) in list.enumerated() {
                guard case .string(let text) = item else {
                    report("\(fieldPath)[\(i)]", "must be a text, found \(Self.kind(of: item))"); continue
                }
                guard field.valueKeys.contains(text) else {
                    report(
                        "\(fieldPath)[\(i)]",
                        "\"\(text)\" is not one of \(field.valueKeys.joined(separator: ", "))");
                    continue
                }
                if values.contains(text) { report("\(fieldPath)[\(i)]", "\"\(text)\" is listed twice"); continue }
                values.append(text)
            }
            if values.count == field.values.count {
                report(fieldPath, "lists every \(key) value, so it filters nothing; leave the field out")
            }
            if !values.isEmpty { conditions[field] = values }
        }
        return conditions.isEmpty ? nil : Applicability(conditions)
    }
}
