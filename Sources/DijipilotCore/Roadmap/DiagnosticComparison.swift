import Foundation

/// How one program's mastery moved between two diagnostics.
public struct MasteryChange: Equatable, Sendable {
    public var programID: String
    public var title: String
    /// nil when the program did not exist at that time.
    public var before: Double?
    public var after: Double?
    public init(programID: String, title: String, before: Double?, after: Double?) {
        self.programID = programID; self.title = title; self.before = before; self.after = after
    }
    /// after − before, when both exist.
    public var change: Double? {
        guard let before, let after else { return nil }
        return after - before
    }
}

public enum DiagnosticComparison {
    /// Programs of the later result `b` in its order, then any only `a` had.
    public static func compare(_ a: DiagnosticResult, _ b: DiagnosticResult) -> [MasteryChange] {
        let earlier = Dictionary(a.programs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen = Set<String>()
        var changes: [MasteryChange] = []
        for program in b.programs where seen.insert(program.id).inserted {
            changes.append(
                MasteryChange(
                    programID: program.id, title: program.title,
                    before: earlier[program.id]?.mastery, after: program.mastery))
        }
        for program in a.programs where seen.insert(program.id).inserted {
            changes.append(
                MasteryChange(programID: program.id, title: program.title, before: program.mastery, after: nil))
        }
        return changes
    }
}
