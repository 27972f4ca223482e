import Foundation

/// RFC 4180 CSV: reading (to check templates) and writing (the roadmap's CSV export) in one place.
public enum CSVTable {
    public struct ParseError: Error, Equatable { public var message: String }

    /// Rows of fields. Quoted fields may hold commas, quotes (doubled) and line breaks; CRLF or LF ends a row.
    public static func parse(_ text: String) -> Result<[[String]], ParseError> {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, wasQuoted = false, line = 1
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        chars.removeFirst(); field.unicodeScalars.append(c)
                    } else {
                        quoted = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty && !wasQuoted else {
                    return .failure(ParseError(message: "a quote inside an unquoted field on line \(line)"))
                }
                quoted = true; wasQuoted = true
            case ",":
                row.append(field); field = ""; wasQuoted = false
            case "\r":
                continue
            case "\n":
                row.append(field); rows.append(row); row = []; field = ""; wasQuoted = false; line += 1
            default:
                guard !wasQuoted else {
                    return .failure(ParseError(message: "text after a closing quote on line \(line)"))
                }
                field.unicodeScalars.append(c)
            }
        }
        if quoted {
            return .failure(ParseError(message: "a quoted field is never closed (it starts before line \(line))"))
        }
        if !field.isEmpty || !row.isEmpty || wasQuoted { row.append(field); rows.append(row) }
        return .success(rows)
    }

    /// One field, quoted when it holds a comma, a quote or a line break.
    public static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Rows joined with CRLF, as RFC 4180 writes them.
    public static func render(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }
}
