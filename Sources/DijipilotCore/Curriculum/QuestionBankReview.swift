import Foundation

/// The honesty rules of a question bank: whether a founder could pick the "right" answer without reading it
/// (from its length, or from options that build on each other), and whether an option's evidence contradicts
/// itself. Run by `dijipilot validate`; the app loads a bank that breaks them (they are about quality, not shape).
///
/// Errors are contradictions the engine would act on wrongly; warnings are signs a founder can game the question.
/// See docs/DATA_FORMAT.md, "Honest questions".
public struct QuestionBankReview {
    public let curriculum: Curriculum?
    public let bank: QuestionBank
    public let questionsFile: String

    /// Within a question, no option is longer than this multiple of the median option (Not sure left out).
    public static let longestToMedian = 1.25
    /// Across the bank, at most this share of questions may have their best-evidence option as the longest.
    public static let bestIsLongestShare = 0.35
    /// The bank-wide share is judged only on banks of at least this many questions (noise below).
    public static let bankWideMinimum = 10

    /// Phrases by which an option leans on another one ("All that, plus…"): options must stand alone.
    public static let ladderPhrases = [
        "all that", "all of that", "all of the above", "the above", "as above", "same as above", "same as before",
        "on top of that", "on top of this", "in addition to that", "in addition to this", "as well as that",
        "as well as this", "same backlog", "those feed", "that feeds", "everything above", "everything before",
        "both of these", "plus we ", "plus i ", "plus our ", "plus that", "plus this", "and also the",
    ]

    public init(curriculum: Curriculum?, bank: QuestionBank, questionsFile: String) {
        self.curriculum = curriculum; self.bank = bank; self.questionsFile = questionsFile
    }

    public func problems() -> [ValidationProblem] {
        var found: [ValidationProblem] = []
        let prerequisites = prerequisiteClosure()
        var bestIsLongest: [String] = []
        for (q, question) in bank.questions.enumerated() {
            let options = question.options.enumerated().filter { !$0.element.isNotSure }
            guard !options.isEmpty else { continue }
            func problem(_ o: Int?, _ message: String, _ severity: ValidationProblem.Severity) {
                let path = o.map { "questions[\(q)].options[\($0)]" } ?? "questions[\(q)]"
                found.append(ValidationProblem(file: questionsFile, path: path, message: message, severity: severity))
            }
            func name(_ o: Int) -> String {
                "\(question.id) option \(o + 1) (\"\(Self.excerpt(question.options[o].label))\")"
            }

            for (o, option) in options {
                if let phrase = Self.ladderPhrase(in: option.label) {
                    problem(
                        o,
                        "\(name(o)) leans on another option (\"\(phrase)\"): describe one whole way of working "
                            + "in its own words", .warning)
                }
            }

            let lengths = options.map { $0.element.label.count }
            let median = Self.median(lengths)
            for ((o, _), length) in zip(options, lengths) where Double(length) > Self.longestToMedian * median {
                let over = Int(((Double(length) / median - 1) * 100).rounded())
                problem(
                    o,
                    "\(name(o)) is \(length) characters, \(over)% longer than the question's median option "
                        + "(\(Int(median))): shorten it, or bring the others closer, to within 25%", .warning)
            }

            for checkpoint in question.checkpoints
            where Set(options.map { $0.element.evidence[checkpoint] ?? -1 }).count == 1 {
                problem(
                    nil,
                    "\(question.id) gives \(checkpoint) the same evidence in every option, so its answer says "
                        + "nothing about it: let the options differ on it, or stop probing it here", .warning)
            }

            var firstWithEvidence: [String: Int] = [:]
            for (o, option) in options {
                let key = question.checkpoints.map { "\(option.evidence[$0] ?? -1)" }.joined(separator: ",")
                if let first = firstWithEvidence[key] {
                    problem(
                        o,
                        "\(name(o)) has the same evidence as option \(first + 1): the answers cannot be told "
                            + "apart; change the evidence of one, or merge them", .error)
                } else {
                    firstWithEvidence[key] = o
                }
            }

            let probed = Set(question.checkpoints)
            for (o, option) in options {
                for checkpoint in question.checkpoints where option.evidence[checkpoint] == 1 {
                    for prerequisite in (prerequisites[checkpoint] ?? []).sorted()
                    where probed.contains(prerequisite) && option.evidence[prerequisite] == 0 {
                        problem(
                            o,
                            "\(name(o)) claims \(checkpoint) (1) while denying its prerequisite "
                                + "\(prerequisite) (0): raise \(prerequisite) to 0.5 or 1, or lower \(checkpoint)",
                            .error)
                    }
                }
            }

            if curriculum != nil {
                found += coverageProblems(question, at: q, prerequisites: prerequisites)
            }

            let sums = options.map { option in
                question.checkpoints.reduce(0.0) { $0 + (option.element.evidence[$1] ?? 0) }
            }
            if let longest = lengths.indices.max(by: { lengths[$0] < lengths[$1] }),
                sums[longest] == sums.max(), Set(sums).count > 1
            {
                bestIsLongest.append(question.id)
            }
        }
        if let curriculum {
            var probes: [String: Int] = [:]
            for question in bank.questions {
                for checkpoint in Set(question.checkpoints) { probes[checkpoint, default: 0] += 1 }
            }
            for lesson in curriculum.lessons where probes[lesson.id] == 1 {
                found.append(
                    ValidationProblem(
                        file: questionsFile, path: "questions",
                        message:
                            "checkpoint \(lesson.id) is probed by one question only: one misread answer decides it; probe it "
                            + "from a second question", severity: .warning))
            }
        }
        let judged = bank.questions.filter { $0.options.contains { !$0.isNotSure } }.count
        if judged >= Self.bankWideMinimum {
            let share = Double(bestIsLongest.count) / Double(judged)
            if share > Self.bestIsLongestShare {
                let listed = bestIsLongest.prefix(8).joined(separator: ", ") + (bestIsLongest.count > 8 ? ", …" : "")
                found.append(
                    ValidationProblem(
                        file: questionsFile, path: "questions",
                        message:
                            "in \(bestIsLongest.count) of \(judged) questions (\(Int((share * 100).rounded()))%) the option with "
                            + "the most evidence is also the longest, so length gives the answer away (at most "
                            + "\(Int(Self.bestIsLongestShare * 100))%): write the best option tersely in some of them, e.g. "
                            + listed, severity: .warning))
            }
        }
        return found
    }

    /// The first ladder phrase in a label, matched on word boundaries and ignoring case.
    static func ladderPhrase(in label: String) -> String? {
        let words =
            " "
            + label.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }
            .reduce(into: "") { $0.append($1) } + " "
        let squeezed = words.split(separator: " ").joined(separator: " ")
        let padded = " \(squeezed) "
        return Self.ladderPhrases.first { phrase in
            let trimmed = phrase.trimmingCharacters(in: .whitespaces)
            return padded.contains(" \(trimmed) ")
        }.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func median(_ values: [Int]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
    }

    static func excerpt(_ label: String) -> String {
        label.count <= 40 ? label : String(label.prefix(37)) + "..."
    }

    /// Every lesson's prerequisites, direct and indirect (a prerequisite of a prerequisite is still needed).
    func prerequisiteClosure() -> [String: Set<String>] {
        guard let curriculum else { return [:] }
        let direct = Dictionary(curriculum.lessons.map { ($0.id, $0.prerequisites) }, uniquingKeysWith: { a, _ in a })
        var closure: [String: Set<String>] = [:]
        func visit(_ id: String, _ path: Set<String>) -> Set<String> {
            if let known = closure[id] { return known }
            var all = Set<String>()
            for prerequisite in direct[id] ?? [] where !path.contains(prerequisite) {
                all.insert(prerequisite)
                all.formUnion(visit(prerequisite, path.union([id])))
            }
            closure[id] = all
            return all
        }
        for id in direct.keys { _ = visit(id, []) }
        return closure
    }
}
