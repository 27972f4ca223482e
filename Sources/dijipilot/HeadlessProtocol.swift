import DijipilotCore
import Foundation

/// The JSON-lines protocol of `dijipilot assess`: building the messages it writes and parsing the lines it reads.
struct HeadlessProtocol {
    let course: CourseData

    enum Command: Equatable { case answer(Int), back, finish }

    /// A bad input line, answered with `{"type":"error","message":…}`.
    struct LineError: Error, Equatable { var message: String }

    private static func fail(_ message: String) -> Result<Command, LineError> { .failure(LineError(message: message)) }

    /// The longest input line taken seriously; anything longer is answered with an error, not parsed.
    static let maximumLineBytes = 64 * 1024

    func parse(_ line: String, choices: Int) -> Result<Command, LineError> {
        if line.utf8.count > Self.maximumLineBytes {
            return Self.fail(
                "line too long (\(line.utf8.count) bytes; at most \(Self.maximumLineBytes)); expected {\"answer\":KEY}, {\"back\":true} or {\"finish\":true}"
            )
        }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let usage = "expected {\"answer\":KEY} with KEY from 1 to \(choices), {\"back\":true} or {\"finish\":true}"
        guard !trimmed.isEmpty else { return Self.fail("empty line; \(usage)") }
        guard case .object(let object)? = JSONValue.parse(Data(trimmed.utf8)) else {
            return Self.fail("not a JSON object; \(usage)")
        }
        let known: Set<String> = ["answer", "back", "finish"]
        let keys = object.distinctKeys
        if let unknown = keys.sorted().first(where: { !known.contains($0) }) {
            return Self.fail("unknown key \"\(unknown)\"; \(usage)")
        }
        guard keys.count == 1 else { return Self.fail("give exactly one of answer, back, finish; \(usage)") }
        if let value = object["answer"] {
            guard case .number(let number) = value, number == number.rounded(),
                number >= 1, number <= Double(choices)
            else {
                return Self.fail("answer must be a whole number from 1 to \(choices); \(usage)")
            }
            return .success(.answer(Int(number)))
        }
        if case .bool(true)? = object["back"] { return .success(.back) }
        if case .bool(true)? = object["finish"] { return .success(.finish) }
        return Self.fail("back and finish take true; \(usage)")
    }

    /// A line answering a profile question: only `{"answer":KEY}`, KEY from 1 to `choices`.
    func parseProfileAnswer(_ line: String, choices: Int) -> Result<Int, LineError> {
        let usage = "a profile question takes {\"answer\":KEY} with KEY from 1 to \(choices)"
        if line.utf8.count > Self.maximumLineBytes {
            return .failure(LineError(message: "line too long (\(line.utf8.count) bytes); \(usage)"))
        }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .failure(LineError(message: "empty line; \(usage)")) }
        guard case .object(let object)? = JSONValue.parse(Data(trimmed.utf8)) else {
            return .failure(LineError(message: "not a JSON object; \(usage)"))
        }
        guard object.distinctKeys == ["answer"] else {
            let other = object.distinctKeys.sorted().first { $0 != "answer" } ?? "answer"
            return .failure(
                LineError(
                    message: object.distinctKeys.isEmpty
                        ? "no answer given; \(usage)" : "unexpected key \"\(other)\"; \(usage)"))
        }
        guard case .number(let number)? = object["answer"], number == number.rounded(), number >= 1,
            number <= Double(choices)
        else {
            return .failure(LineError(message: "answer must be a whole number from 1 to \(choices); \(usage)"))
        }
        return .success(Int(number))
    }

    /// `{"type":"profile-question",…}`: one field of the business profile, its answers keyed from 1 ("Prefer not to
    /// say" last), and how many fields are left to ask.
    func profileQuestionMessage(_ field: ProfileField, number: Int, of total: Int) -> [String: Any] {
        [
            "type": "profile-question",
            "field": field.rawValue,
            "prompt": field.question,
            "number": number,
            "total": total,
            "options": field.answers.enumerated().map { position, value in
                ["key": position + 1, "value": value.key, "label": value.label] as [String: Any]
            },
        ]
    }

    func questionMessage(_ question: Question, session: DiagnosticSession) -> [String: Any] {
        let progress = session.progress
        return [
            "type": "question",
            "id": question.id,
            "number": session.questionNumber,
            "prompt": question.prompt,
            "checkpoints": question.checkpoints,
            // Shown in the session's shuffled order ("Not sure" last); `key` is the position, `choice` the option's
            // index in the data (what the progress file records).
            "options": session.shownOrder.enumerated().map { position, choice in
                let option = question.choices[choice]
                return ["key": position + 1, "choice": choice, "label": option.label, "evidence": option.evidence]
                    as [String: Any]
            },
            "progress": [
                "answered": progress.answered, "estimatedTotal": progress.estimatedTotal,
                "decided": progress.decided, "checkpoints": progress.checkpoints,
            ],
        ]
    }

    func resultMessage(_ result: DiagnosticResult, course: CourseData) -> [String: Any] {
        [
            "type": "result",
            "questionsAsked": result.questionsAsked,
            "finishedEarly": result.finishedEarly,
            "checkpoints": result.checkpoints.map {
                ["id": $0.id, "state": $0.state.rawValue, "probability": (($0.probability * 1000).rounded() / 1000)]
                    as [String: Any]
            },
            "programs": result.programs.map {
                ["id": $0.id, "title": $0.title, "mastery": (($0.mastery * 1000).rounded() / 1000)] as [String: Any]
            },
            "gaps": result.gaps,
            "notApplicable": result.notApplicable,
        ]
    }

    /// Writes one message as a single line and flushes, so a script reading line by line sees it at once.
    /// "type" comes first (the rest in sorted order), so a person reading the stream sees what each line is.
    func emit(_ message: [String: Any]) {
        var rest = message
        let type = rest.removeValue(forKey: "type") as? String ?? "unknown"
        guard
            let body = try? JSONSerialization.data(
                withJSONObject: rest, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return }
        var line = Data("{\"type\":\"\(type)\"".utf8)
        if body.count > 2 { line += Data(",".utf8) + body.dropFirst() } else { line += Data("}".utf8) }
        FileHandle.standardOutput.write(line + Data("\n".utf8))
    }
}
