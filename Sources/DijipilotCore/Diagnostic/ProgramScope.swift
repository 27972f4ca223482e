import Foundation

/// A diagnostic limited to some programs (issue 15: the marketer answers only about programs 7-11), read from
/// `assess --programs 7-11` or `7,8,9` (ranges and single ids may mix: `3,7-9`).
public enum ProgramScope {
    /// The program ids `text` names, once each, in curriculum order.
    public static func parse(_ text: String, curriculum: Curriculum) throws -> [String] {
        let ids = curriculum.programs.map(\.id)
        let known = Set(ids)
        let numbered = ids.compactMap { id in Int(id).map { ($0, id) } }
        var chosen = Set<String>()
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw ProgramScopeError.empty }
        for part in parts {
            guard !part.isEmpty else { throw ProgramScopeError.malformed(text, part: part) }
            let ends = part.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            switch ends.count {
            case 1:
                guard known.contains(part) else { throw ProgramScopeError.unknownProgram(part, range: span(ids)) }
                chosen.insert(part)
            case 2:
                guard let low = Int(ends[0]), let high = Int(ends[1]) else {
                    throw ProgramScopeError.malformed(text, part: part)
                }
                for end in ends where !known.contains(end) {
                    throw ProgramScopeError.unknownProgram(end, range: span(ids))
                }
                guard low <= high else { throw ProgramScopeError.reversed(part) }
                for (n, id) in numbered where (low...high).contains(n) { chosen.insert(id) }
            default:
                throw ProgramScopeError.malformed(text, part: part)
            }
        }
        return ids.filter(chosen.contains)
    }

    /// "7-11", "3, 7-9": consecutive numbered ids as ranges, the way `parse` reads them.
    public static func describe(_ ids: [String]) -> String {
        var parts: [String] = [], run: [Int] = []
        func flush() {
            guard let first = run.first, let last = run.last else { return }
            parts.append(run.count > 2 ? "\(first)-\(last)" : run.map(String.init).joined(separator: ", "))
            run = []
        }
        for id in ids {
            if let n = Int(id), run.last.map({ $0 + 1 == n }) ?? true { run.append(n); continue }
            flush()
            if let n = Int(id) { run = [n] } else { parts.append(id) }
        }
        flush()
        return parts.joined(separator: ", ")
    }

    /// "1-18" for the built-in curriculum; the ids listed when they are not numbered.
    static func span(_ ids: [String]) -> String {
        guard let first = ids.first, let last = ids.last else { return "none" }
        return ids.allSatisfy({ Int($0) != nil }) ? "\(first)-\(last)" : ids.joined(separator: ", ")
    }

    /// The lesson indexes of `programs` in `curriculum`.
    public static func lessonIndexes(_ programs: [String], curriculum: Curriculum) -> Set<Int> {
        let wanted = Set(programs)
        return Set(
            curriculum.programs.indices.filter { wanted.contains(curriculum.programs[$0].id) }
                .flatMap { curriculum.programRanges[$0] })
    }
}

/// Why `--programs` was refused, worded for the person who typed it.
public enum ProgramScopeError: Error, Equatable, LocalizedError {
    case empty
    case malformed(String, part: String)
    case unknownProgram(String, range: String)
    case reversed(String)
    case alreadyDiagnosed(String)
    case nothingToAsk([String])

    public var errorDescription: String? {
        switch self {
        case .empty:
            return "--programs needs program ids: a range like 7-11, a list like 7,8,9, or both (3,7-9)"
        case .malformed(let text, let part):
            return
                "--programs \"\(text)\": \"\(part)\" is not a program id or a range of them; write e.g. 7-11 or 7,8,9"
        case .unknownProgram(let id, let range):
            return "--programs: there is no program \(id); the programs are \(range) (see dijipilot curriculum)"
        case .reversed(let part):
            return "--programs: the range \(part) runs backwards; write the lower id first"
        case .alreadyDiagnosed(let id):
            return
                "this progress file has a diagnostic already (\(id)); --programs takes a first diagnostic about some programs. To ask again about one program, use --focus program:ID"
        case .nothingToAsk(let ids):
            return "no question about programs \(ids.joined(separator: ", ")) applies to this business: nothing to ask"
        }
    }
}
