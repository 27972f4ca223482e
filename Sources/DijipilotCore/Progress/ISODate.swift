import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// ISO 8601 dates in UTC (`2025-03-01T09:30:00Z`, milliseconds only when present), written and read by hand:
/// a formatter per date costs more than the whole rest of a save.
enum ISODate {
    static func string(_ date: Date) -> String {
        let t = date.timeIntervalSince1970
        var seconds = t.rounded(.down)
        var millis = Int(((t - seconds) * 1000).rounded())
        if millis == 1000 { seconds += 1; millis = 0 }
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        func pad(_ n: Int32, _ width: Int) -> String {
            let s = String(n)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        var out = "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
        out += "T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))"
        if millis != 0 { out += "." + pad(Int32(millis), 3) }
        return out + "Z"
    }

    /// Accepts `YYYY-MM-DDTHH:MM:SS`, optional fraction, then `Z` or `±HH:MM`.
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        var i = 0
        func number(_ width: Int) -> Int? {
            guard i + width <= bytes.count else { return nil }
            var n = 0
            for b in bytes[i..<(i + width)] {
                guard b >= 48 && b <= 57 else { return nil }
                n = n * 10 + Int(b - 48)
            }
            i += width
            return n
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == c else { return false }
            i += 1; return true
        }
        guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
            expect(84) || expect(116), let hour = number(2), expect(58), let minute = number(2), expect(58),
            let second = number(2),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var fraction = 0.0
        if i < bytes.count, bytes[i] == 46 {
            i += 1
            var scale = 0.1, digits = 0
            while i < bytes.count, bytes[i] >= 48 && bytes[i] <= 57 {
                fraction += Double(bytes[i] - 48) * scale; scale /= 10; i += 1; digits += 1
            }
            guard digits > 0 else { return nil }
        }
        var offset = 0
        if expect(90) || expect(122) {
        } else if i < bytes.count, bytes[i] == 43 || bytes[i] == 45 {
            let sign = bytes[i] == 45 ? -1 : 1
            i += 1
            guard let h = number(2), expect(58), let m = number(2) else { return nil }
            offset = sign * (h * 3600 + m * 60)
        } else {
            return nil
        }
        guard i == bytes.count else { return nil }
        var parts = tm()
        parts.tm_year = Int32(year - 1900); parts.tm_mon = Int32(month - 1); parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour); parts.tm_min = Int32(minute); parts.tm_sec = Int32(second)
        let seconds = timegm(&parts)
        return Date(timeIntervalSince1970: Double(seconds - offset) + fraction)
    }
}

extension JSONEncoder {
    /// Pretty, key-sorted (so a saved file diffs well), ISO 8601 dates.
    static func dijipilot() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(ISODate.string(date))
        }
        return encoder
    }
}

extension JSONDecoder {
    static func dijipilot() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let c = try decoder.singleValueContainer()
            let text = try c.decode(String.self)
            guard let date = ISODate.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: c,
                    debugDescription: "\"\(text)\" is not an ISO 8601 date (expected e.g. 2025-03-01T09:30:00Z)")
            }
            return date
        }
        return decoder
    }
}
