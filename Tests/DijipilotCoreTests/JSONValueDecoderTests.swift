import Foundation
import Testing

@testable import DijipilotCore

@Suite("decoding types from a parsed tree, as JSONDecoder would")
struct JSONValueDecoderTests {
    private struct Sample: Codable, Equatable {
        enum Kind: String, Codable { case one, two }
        var name: String
        var count: Int
        var seed: UInt64
        var share: Double
        var flag: Bool
        var when: Date
        var later: Date?
        var kind: Kind
        var tags: [String]
        var notes: [String: String]
        var nested: [[Int]]
    }

    private func tree(_ text: String) throws -> JSONValue { try #require(JSONValue.parse(Data(text.utf8))) }

    @Test("the same values as JSONDecoder from the same text, dates as ISO 8601, 64-bit seeds exact")
    func sameAsJSONDecoder() throws {
        let sample = Sample(
            name: "é 🚀", count: -3, seed: 18_446_744_073_709_551_557, share: 0.12, flag: true,
            when: Date(timeIntervalSince1970: 1_800_000_000.25), later: nil, kind: .two,
            tags: ["a", "b"], notes: ["1.1": "x", "2": "y"], nested: [[1], [], [2, 3]])
        let data = try JSONEncoder.dijipilot().encode(sample)
        let ours = try JSONValueDecoder.decode(Sample.self, from: try #require(JSONValue.parse(data)))
        #expect(ours == sample)
        #expect(ours == (try JSONDecoder.dijipilot().decode(Sample.self, from: data)))
    }

    @Test("errors carry JSONDecoder's kinds and coding paths, array positions included")
    func errors() throws {
        let good =
            #"{"name":"n","count":1,"seed":2,"share":0.5,"flag":false,"when":"2025-03-01T09:30:00Z","kind":"one","tags":[],"notes":{},"nested":[[1]]}"#
        func failure(_ text: String) throws -> DecodingError? {
            do { _ = try JSONValueDecoder.decode(Sample.self, from: try tree(text)); return nil } catch let error
                as DecodingError
            { return error }
        }
        func path(_ error: DecodingError?) -> String {
            switch error {
            case .typeMismatch(_, let c)?, .valueNotFound(_, let c)?, .dataCorrupted(let c)?:
                return c.codingPath.map(\.stringValue).joined(separator: ".")
            case .keyNotFound(let key, let c)?: return (c.codingPath + [key]).map(\.stringValue).joined(separator: ".")
            default: return "no error"
            }
        }
        #expect(try failure(good) == nil)
        let mismatch = try failure(good.replacingOccurrences(of: #""count":1"#, with: #""count":"1""#))
        guard case .typeMismatch? = mismatch else { Issue.record("\(String(describing: mismatch))"); return }
        #expect(path(mismatch) == "count")
        let deep = try failure(good.replacingOccurrences(of: "[[1]]", with: #"[[1],[2,"x"]]"#))
        #expect(path(deep) == "nested.Index 1.Index 1")
        let missing = try failure(good.replacingOccurrences(of: #""flag":false,"#, with: ""))
        guard case .keyNotFound? = missing else { Issue.record("\(String(describing: missing))"); return }
        #expect(path(missing) == "flag")
        let null = try failure(good.replacingOccurrences(of: #""share":0.5"#, with: #""share":null"#))
        guard case .valueNotFound? = null else { Issue.record("\(String(describing: null))"); return }
        let fraction = try failure(good.replacingOccurrences(of: #""count":1"#, with: #""count":1.5"#))
        guard case .dataCorrupted? = fraction else { Issue.record("\(String(describing: fraction))"); return }
        let date = try failure(good.replacingOccurrences(of: "2025-03-01T09:30:00Z", with: "yesterday"))
        guard case .dataCorrupted(let context)? = date else { Issue.record("\(String(describing: date))"); return }
        #expect(context.debugDescription.contains("not an ISO 8601 date"))
        let kind = try failure(good.replacingOccurrences(of: #""kind":"one""#, with: #""kind":"three""#))
        guard case .dataCorrupted(let kindContext)? = kind else { Issue.record("\(String(describing: kind))"); return }
        #expect(kindContext.debugDescription.hasPrefix("Cannot initialize"))
    }
}
