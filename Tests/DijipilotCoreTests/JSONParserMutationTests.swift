import Foundation
import Testing

@testable import DijipilotCore

@Suite("the course loader's JSON parser under mutated input")
struct JSONParserMutationTests {
    /// Keys sorted, numbers as Double: how a tree compares with Foundation's (whose dictionaries have no order).
    private func spell(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return "\(b)"
        case .number(let n): return "\(n)"
        case .bigInteger(let digits): return digits
        case .string(let s): return "\"\(s)\""
        case .array(let items): return "[" + items.map(spell).joined(separator: ",") + "]"
        case .object(let object):
            return "{" + object.entries.sorted { $0.0 < $1.0 }.map { "\($0.0):\(spell($0.1))" }.joined(separator: ",")
                + "}"
        }
    }

    @Test("2,000 seeded mutations of a document: never a crash, and whatever it accepts Foundation reads the same")
    func mutations() {
        let document = #"{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "x\u00e9\n", "d": []}, "e": "café 🚀"}"#
        let original = Array(document.utf8)
        let alphabet = Array(#"{}[]:,"\ -+.eE0123456789tfnulrasx"#.utf8) + [0x00, 0x7F, 0xC3, 0xA9, 0xFF, 0x0A]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15  // fixed: a failure replays
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var accepted = 0
        for _ in 0..<2_000 {
            var bytes = original
            for _ in 0..<(1 + next(3)) {
                switch next(3) {
                case 0: bytes[next(bytes.count)] = alphabet[next(alphabet.count)]
                case 1: bytes.insert(alphabet[next(alphabet.count)], at: next(bytes.count + 1))
                default: if bytes.count > 1 { bytes.remove(at: next(bytes.count)) }
                }
            }
            let data = Data(bytes)
            guard let fast = JSONBytesParser.parse(data) else { continue }
            accepted += 1
            let foundation = (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
                .flatMap { JSONValue(foundation: $0) }
            #expect(foundation.map(spell) == spell(fast), "accepted \(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(accepted > 50, "too few mutations parsed to say anything: \(accepted)")
    }
}
