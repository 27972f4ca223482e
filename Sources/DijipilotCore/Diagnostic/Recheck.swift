import Foundation

/// What a focused re-check probes (issue 14): one program, one mission, the lessons marked done since the last
/// check, or the checkpoints whose latest evidence is older than `MeasurementHistory.staleAfterDays`.
public enum RecheckFocus: Equatable, Sendable, CustomStringConvertible {
    case program(String)
    case mission(String)
    case done
    case stale

    /// Questions a re-check asks at most by default.
    public static let defaultMaxQuestions = 8

    /// Reads `program:14`, `mission:6.12`, `done` or `stale`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        switch (parts.first, parts.count) {
        case ("done", 1): self = .done
        case ("stale", 1): self = .stale
        case ("program", 2) where !parts[1].isEmpty: self = .program(parts[1])
        case ("mission", 2) where !parts[1].isEmpty: self = .mission(parts[1])
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .program(let id): return "program:\(id)"
        case .mission(let id): return "mission:\(id)"
        case .done: return "done"
        case .stale: return "stale"
        }
    }
}

/// Why a focus cannot be re-checked, worded for the person who asked.
public enum RecheckError: Error, Equatable, LocalizedError {
    case unknownProgram(String)
    case unknownMission(String)
    case nothingToCheck(RecheckFocus)
    case noDiagnostic

    public var errorDescription: String? {
        switch self {
        case .unknownProgram(let id):
            return "there is no program \(id) in the curriculum (see dijipilot curriculum for the ids)"
        case .unknownMission(let id):
            return "there is no mission \(id) in the curriculum (see dijipilot curriculum for the ids)"
        case .nothingToCheck(.done):
            return "no lesson was marked done since the last check: nothing to verify"
        case .nothingToCheck(.stale):
            return "no checkpoint's evidence is older than \(MeasurementHistory.staleAfterDays) days: nothing is stale"
        case .nothingToCheck(let focus):
            return "no question probes \(focus): nothing to re-check"
        case .noDiagnostic:
            return "a re-check needs a finished diagnostic to build on: take the diagnostic first"
        }
    }
}

extension RecheckFocus {
    /// The lesson ids this focus covers in `progress` on `course`, in curriculum order.
    public func checkpoints(course: CourseData, progress: ProgressFile, now: Date) throws -> [String] {
        let curriculum = course.curriculum
        let lessons = curriculum.lessons
        switch self {
        case .program(let id):
            guard let p = curriculum.programs.firstIndex(where: { $0.id == id }) else {
                throw RecheckError.unknownProgram(id)
            }
            return curriculum.programRanges[p].map { lessons[$0].id }
        case .mission(let id):
            let missions = curriculum.programs.flatMap(\.missions)
            guard let mission = missions.first(where: { $0.id == id }) else { throw RecheckError.unknownMission(id) }
            return mission.modules.flatMap { $0.lessons.map(\.id) }
        case .done:
            let since = progress.latestDiagnostic?.takenAt ?? .distantPast
            let done = Set(
                progress.roadmap?.items.filter { $0.status == .done && ($0.doneAt ?? .distantPast) > since }
                    .map(\.lessonID) ?? [])
            return lessons.map(\.id).filter(done.contains)
        case .stale:
            let latest = progress.latestEvidence(bank: course.bank)
            return lessons.map(\.id).filter { id in
                latest[id].map { MeasurementHistory.isStale($0, now: now) } ?? false
            }
        }
    }
}

extension ProgressFile {
    /// When each checkpoint last had an answer about it: a full diagnostic dates all its answers, a re-check only
    /// the answers it asked (its diagnostic carries the older ones over).
    public func latestEvidence(bank: QuestionBank) -> [String: Date] {
        let probes = Dictionary(bank.questions.map { ($0.id, $0.checkpoints) }, uniquingKeysWith: { a, _ in a })
        let recheckOf = Dictionary(rechecks.map { ($0.diagnosticID, $0) }, uniquingKeysWith: { a, _ in a })
        var latest: [String: Date] = [:]
        for record in diagnostics {
            let answers = recheckOf[record.id]?.answers ?? record.answers
            for answer in answers {
                for id in probes[answer.questionID] ?? [] where (latest[id] ?? .distantPast) < record.takenAt {
                    latest[id] = record.takenAt
                }
            }
        }
        return latest
    }
}
