import Foundation
import Testing

@testable import DijipilotCore

@Suite("the course loader's JSON parser")
struct JSONBytesParserTests {
    private func parse(_ text: String) -> JSONValue? { JSONBytesParser.parse(Data(text.utf8)) }

    /// A comparable spelling of a tree: keys in file order, numbers as Double.
    private func spell(_ value: JSONValue?) -> String {
        guard let value else { return "nil" }
        switch value {
        case .null: return "null"
        case .bool(let b): return "\(b)"
        case .number(let n): return "\(n)"
        case .bigInteger(let digits): return digits
        case .string(let s): return "\"\(s)\""
        case .array(let items): return "[" + items.map { spell($0) }.joined(separator: ",") + "]"
        case .object(let object): return "{" + object.entries.map { "\($0):\(spell($1))" }.joined(separator: ",") + "}"
        }
    }

    @Test("objects keep their keys in order; lists, texts, numbers, true, false and null come back as written")
    func values() {
        #expect(
            spell(parse(#" { "b" : [1, -2.5, 3e2, 0], "a": {"t": true, "f": false, "n": null}, "s": "x" } "#))
                == #"{b:[1.0,-2.5,300.0,0.0],a:{t:true,f:false,n:null},s:"x"}"#)
        #expect(spell(parse("[]")) == "[]")
        #expect(spell(parse("{}")) == "{}")
        #expect(spell(parse("0.5")) == "0.5")
    }

    @Test("escapes, a surrogate pair, and raw UTF-8 (accents, emoji) decode to the same text")
    func strings() {
        #expect(spell(parse(#"["a\"b\\c\/d\n\t\u00e9\ud83d\ude80", "café 🚀"]"#)) == "[\"a\"b\\c/d\n\té🚀\",\"café 🚀\"]")
    }

    @Test("bad syntax, invalid UTF-8, a lone surrogate and runaway nesting are refused, not guessed")
    func refusals() {
        for bad in [
            "", "{", "[1,]", "{\"a\" 1}", "{\"a\":1,}", "01", "1.", "-", "tru", "\"open", "[1] 2",
            "\"tab\there\"", #""\ud83d""#, #""\x""#, "{a:1}", "NaN",
        ] {
            #expect(parse(bad) == nil, "accepted \(bad)")
        }
        #expect(JSONBytesParser.parse(Data([0x22, 0xFF, 0xFE, 0x22])) == nil)
        #expect(parse(String(repeating: "[", count: 600) + String(repeating: "]", count: 600)) == nil)
        #expect(parse(String(repeating: "[", count: 100) + String(repeating: "]", count: 100)) != nil)
    }

    @Test("on the built-in data it reads exactly what JSONSerialization reads")
    func sameAsFoundation() throws {
        let folder = try #require(DataLocator.builtInFolder())
        for name in [CourseLoader.curriculumFileName, CourseLoader.questionsFileName] {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let fast = try #require(JSONBytesParser.parse(data))
            let foundation = try #require(JSONValue(foundation: try JSONSerialization.jsonObject(with: data)))
            #expect(spell(sorted(fast)) == spell(foundation), "\(name) differs")
        }
    }

    /// Foundation's dictionaries have no order; the converted tree sorts keys, so sort ours the same way.
    private func sorted(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let items): return .array(items.map(sorted))
        case .object(let object):
            let pairs = object.entries.map { ($0, sorted($1)) }.sorted { $0.0 < $1.0 }
            return .object(JSONObject(keys: pairs.map(\.0), values: pairs.map(\.1)))
        default: return value
        }
    }

    @Test("a file the fast parser refuses still gets Foundation's message with line and column")
    func fallbackMessage() {
        let result = DataFile.parseTree(Data("{\n  \"a\": 1,\n  \"b\": ]\n}".utf8), displayName: "x.json")
        guard case .failure(let problem) = result else { Issue.record("broken JSON was accepted"); return }
        #expect(problem.message.hasPrefix("is not valid JSON at line 3"))
    }
}

@Suite("whole numbers a Double cannot hold")
struct JSONBigIntegerTests {
    @Test("past 2^53 the digits are kept as written; below, a whole number is a Double as ever")
    func bigIntegers() {
        guard
            case .array(let items)? = JSONValue.parse(
                Data("[18446744073709551557, -9223372036854775808, 9007199254740991, 123]".utf8))
        else {
            Issue.record("not parsed"); return
        }
        #expect(items.count == 4)
        if case .bigInteger(let digits) = items[0] {
            #expect(digits == "18446744073709551557")
        } else {
            Issue.record("\(items[0])")
        }
        if case .bigInteger(let digits) = items[1] {
            #expect(digits == "-9223372036854775808")
        } else {
            Issue.record("\(items[1])")
        }
        if case .number(let n) = items[2] { #expect(n == 9_007_199_254_740_991) } else { Issue.record("\(items[2])") }
        if case .number(let n) = items[3] { #expect(n == 123) } else { Issue.record("\(items[3])") }
    }
}
