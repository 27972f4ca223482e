import Foundation

/// Writes a `ProgressFile` as pretty, key-sorted JSON, reusing the encoded text of diagnostics already
/// written: a finished diagnostic never changes, and re-encoding ten of them would take most of a save's budget.
/// The output is what `JSONEncoder.dijipilot()` produces for each part, assembled field by field.
final class ProgressEncoding {
    private let encoder = JSONEncoder.dijipilot()
    /// Diagnostic id → the record and its JSON, already indented for its place in the `diagnostics` list.
    private var cache: [String: (record: DiagnosticRecord, json: [UInt8])] = [:]

    typealias Keys = ProgressFile.CodingKeys

    func encode(_ file: ProgressFile) throws -> Data {
        var fields: [(String, [UInt8])] = []
        fields.append((Keys.diagnostics.stringValue, try diagnostics(file.diagnostics)))
        if let inProgress = file.inProgress { fields.append((Keys.inProgress.stringValue, try value(inProgress))) }
        fields.append((Keys.doneWhen.stringValue, try value(file.doneWhen)))
        fields.append((Keys.notes.stringValue, try value(file.notes)))
        fields.append((Keys.profile.stringValue, try value(file.profile)))
        if let roadmap = file.roadmap { fields.append((Keys.roadmap.stringValue, try value(roadmap))) }
        if !file.rechecks.isEmpty { fields.append((Keys.rechecks.stringValue, try value(file.rechecks))) }
        fields.append((Keys.schemaVersion.stringValue, try value(file.schemaVersion)))
        fields.append((Keys.settings.stringValue, try value(file.settings)))
        if !file.teammates.isEmpty { fields.append((Keys.teammates.stringValue, try value(file.teammates))) }
        fields.sort { $0.0 < $1.0 }

        var out: [UInt8] = []
        out.reserveCapacity(fields.reduce(64) { $0 + $1.1.count + 16 })
        out += Array("{\n".utf8)
        for (n, (key, json)) in fields.enumerated() {
            out += Array("  \"\(key)\" : ".utf8)
            out += json
            out += Array((n == fields.count - 1 ? "\n" : ",\n").utf8)
        }
        out += Array("}".utf8)
        return Data(out)
    }

    /// Encodes the records not seen before; `ProgressStore.load` calls it so the first save is fast too.
    func warm(_ records: [DiagnosticRecord]) {
        _ = try? diagnostics(records)
    }

    private func diagnostics(_ records: [DiagnosticRecord]) throws -> [UInt8] {
        guard !records.isEmpty else { return Array("[]".utf8) }
        var out = Array("[\n".utf8)
        var used = Set<String>()
        for (n, record) in records.enumerated() {
            used.insert(record.id)
            let json: [UInt8]
            if let cached = cache[record.id], cached.record == record {
                json = cached.json
            } else {
                json = Self.indent(Array(try encoder.encode(record)), by: 4)
                cache[record.id] = (record, json)
            }
            out += Array("    ".utf8)
            out += json
            out += Array((n == records.count - 1 ? "\n" : ",\n").utf8)
        }
        out += Array("  ]".utf8)
        cache = cache.filter { used.contains($0.key) }
        return out
    }

    /// A top-level field's value, indented to sit one level in.
    private func value<T: Encodable>(_ value: T) throws -> [UInt8] {
        Self.indent(Array(try encoder.encode(value)), by: 2)
    }

    /// Adds `n` spaces after each line break (JSON strings hold no raw line breaks, so this only moves lines).
    static func indent(_ bytes: [UInt8], by n: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 4)
        for byte in bytes {
            out.append(byte)
            if byte == 0x0A { for _ in 0..<n { out.append(0x20) } }
        }
        return out
    }
}
