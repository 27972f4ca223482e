import ArgumentParser
import DijipilotCore
import Foundation

struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Take the diagnostic headless: one JSON object per line on stdout and stdin.",
        discussion: [
            "The business profile comes first: while a field of it is not answered (in the progress file or in --profile-file FILE), a {\"type\":\"profile-question\",\"field\":...,\"prompt\":...,\"number\":N,\"total\":T,\"options\":[{\"key\":1,\"value\":...,\"label\":...},...]} line asks it; answer with {\"answer\":KEY}. \"Prefer not to say\" is always the last key and filters nothing. A bad line gets an error line and the same profile question again. Each answer is saved at once. Questions the profile rules out are never asked, and lessons it rules out are listed in the result's \"notApplicable\", outside every score and gap.",
            "--profile-file FILE takes a JSON object with the profile's fields, as the progress file keeps them under \"profile\": {\"stock\":\"dropshipping\",\"channels\":\"own-store\",\"region\":\"eu\",\"crossBorder\":\"cross-border\",\"team\":\"solo\",\"revenue\":\"under-10k\",\"platform\":\"shopify\"} (values as in dijipilot help profile; \"prefer-not-to-say\" allowed). It is saved to the progress file; fields it leaves out are asked.",
            "Out, one JSON object per line: {\"type\":\"question\",...} for each question, {\"type\":\"error\",\"message\":...} for a bad input line (the same question follows), and {\"type\":\"result\",...} at the end.",
            "Options come in an order shuffled per question and per session (from --seed, or a random seed saved with the diagnostic), exactly as the app shows them; \"Not sure\" is always last. Each option's \"key\" is its position in that order, starting at 1, and \"choice\" is its index in the question bank's data, which is what the progress file records.",
            "In: {\"answer\":KEY} (the key of the option shown), {\"back\":true} or {\"finish\":true}.",
            "--focus program:ID|mission:ID|done|stale takes a focused re-check instead of the full diagnostic: only questions probing one program, one mission, the lessons marked done since the last diagnostic (\"done\"), or the checkpoints whose latest answer is older than 120 days (\"stale\"), at most 8 (--max-questions when given lower). It builds on the latest diagnostic's answers: a question asked again replaces its older answer, the others stay. The result line adds \"recheck\": {\"focus\",\"checkpoints\",\"moves\":[{\"id\",\"before\",\"after\"}],\"confirmed\",\"contradicted\"}: done lessons confirmed are assessed mastered, contradicted ones go back on the roadmap with the reason. A bad focus, or an id not in the curriculum, exits 2; no diagnostic yet, or nothing to check (no lesson done since the last check, nothing stale), exits 1. A re-check is saved only when it finishes.",
            "--programs 7-11 (or 7,8,9, or 3,7-9) takes a first diagnostic about those programs only, e.g. as a teammate who knows one part of the business: only questions probing their checkpoints are asked, with the usual stopping rules. It is saved, when it finishes, as a diagnostic marked with its scope; its result, and the result line (which adds \"scope\": [ids]), cover those programs only, and `dijipilot team export` carries the scope, so in the team picture these answers are evidence about those programs and nothing else. A malformed list or a program not in the curriculum exits 2 and changes nothing; a file with a diagnostic already exits 1 (use --focus program:ID to ask again). --programs and --focus do not go together.",
            "Answers are saved to the progress file after each one, and the result is saved like a diagnostic taken in the app. A diagnostic left unfinished (in the app or here) is resumed with its seed, so its options keep their order. If input ends before the result, the answers so far stay saved and the exit code is 5.",
        ].joined(separator: "\n\n"))

    @Flag(name: .customLong("json-lines"), help: "Speak the JSON-lines protocol (the only protocol for now; required).")
    var jsonLines = false

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var progressOptions: ProgressOptions
    @OptionGroup var diagnosticOptions: DiagnosticOptions

    @Option(
        name: .customLong("profile-file"),
        help: ArgumentHelp(
            "A JSON file with the business profile's answers (see the discussion); fields it leaves out are asked.",
            valueName: "file"))
    var profileFile: String?

    @Option(
        name: .customLong("focus"),
        help: ArgumentHelp(
            "A focused re-check: program:ID, mission:ID, done (lessons marked done since the last check) or stale.",
            valueName: "focus"))
    var focus: String?

    @Option(
        name: .customLong("programs"),
        help: ArgumentHelp(
            "A first diagnostic about some programs only, e.g. 7-11 or 7,8,9 (a teammate answering about their part).",
            valueName: "ids"))
    var programs: String?

    func validate() throws {
        if programs != nil && focus != nil {
            throw ValidationError(
                "--programs takes a first diagnostic, --focus re-checks an existing one; give one of them")
        }
    }

    func run() throws {
        try guarded {
            guard jsonLines else {
                throw CommandFailure(
                    status: ExitStatus.usage, message: "assess needs --json-lines (see dijipilot help assess)")
            }
            let recheckFocus = try focus.map { text in
                guard let parsed = RecheckFocus(text) else {
                    throw CommandFailure(
                        status: ExitStatus.usage,
                        message:
                            "--focus \"\(text)\" is not one of program:ID, mission:ID, done, stale (e.g. program:14)")
                }
                return parsed
            }
            let course = try dataOptions.load()
            let scope = try programs.map { text in
                do { return try ProgramScope.parse(text, curriculum: course.curriculum) } catch let error
                    as ProgramScopeError
                {
                    throw CommandFailure(status: ExitStatus.usage, message: error.localizedDescription)
                }
            }
            let (store, lock, loaded) = try progressOptions.openForWriting()
            defer { lock.release() }
            var progress = loaded
            if scope != nil, let existing = progress.diagnostics.last(where: { $0.contentHash == course.contentHash }) {
                throw CommandFailure(
                    status: ExitStatus.problemsFound,
                    message: ProgramScopeError.alreadyDiagnosed(existing.id).localizedDescription)
            }
            let protocolIO = HeadlessProtocol(course: course)
            if let profileFile {
                let business = try ProfileFileReader.read(path: profileFile, over: progress.profile.business)
                progress.setBusinessProfile(business, course: course, at: Date())
                try progressOptions.save(progress, to: store)
            }
            try askProfile(&progress, protocolIO: protocolIO, course: course) {
                try progressOptions.save($0, to: store)
            } inputEnded: {
                CommandFailure(
                    status: ExitStatus.inputEnded,
                    message:
                        "input ended during the business profile; the answers so far are saved in \(store.url.path) and the next run asks the rest"
                )
            }
            if let scope {
                try scoped(scope, progress: &progress, course: course, protocolIO: protocolIO) {
                    try progressOptions.save($0, to: store)
                }
                return
            }
            if let recheckFocus {
                try recheck(recheckFocus, progress: &progress, course: course, protocolIO: protocolIO) {
                    try progressOptions.save($0, to: store)
                }
                return
            }
            var config = diagnosticOptions.config
            var answers: [RecordedAnswer] = []
            if let pending = progress.inProgress, pending.contentHash == course.contentHash {
                answers = pending.answers
                config.seed = pending.seed
            } else {
                progress.inProgress = InProgressDiagnostic(
                    startedAt: Date(), contentHash: course.contentHash,
                    seed: config.seed, maxQuestions: config.maxQuestions)
            }
            var session = DiagnosticSession(
                course: course, config: config, answers: answers, profile: progress.profile.business)

            while !session.isFinished {
                guard let question = session.currentQuestion else { break }
                protocolIO.emit(protocolIO.questionMessage(question, session: session))
                guard let line = readLine(strippingNewline: true) else {
                    progress.inProgress?.answers = session.answers
                    try progressOptions.save(progress, to: store)
                    throw CommandFailure(
                        status: ExitStatus.inputEnded,
                        message:
                            "input ended after \(session.answers.count) answer(s), before the result; they are saved in \(store.url.path) and the next run resumes"
                    )
                }
                switch protocolIO.parse(line, choices: question.choices.count) {
                case .failure(let error):
                    protocolIO.emit(["type": "error", "message": error.message])
                case .success(.answer(let key)):
                    try session.answer(choice: session.shownOrder[key - 1])
                case .success(.back):
                    if !session.back() {
                        protocolIO.emit(["type": "error", "message": "there is no earlier answer to go back to"])
                    }
                case .success(.finish):
                    session.finish()
                }
                progress.inProgress?.answers = session.answers
                try progressOptions.save(progress, to: store)
            }
            let result = session.result()
            progress.complete(session: session, course: course, at: Date())
            try progressOptions.save(progress, to: store)
            protocolIO.emit(protocolIO.resultMessage(result, course: course))
        }
    }

    /// A first diagnostic about `programs` only: asks their questions, saves it when it finishes (marked with its
    /// scope), and prints the result, which covers those programs.
    private func scoped(
        _ programs: [String], progress: inout ProgressFile, course: CourseData, protocolIO: HeadlessProtocol,
        save: (ProgressFile) throws -> Void
    ) throws {
        var session: DiagnosticSession
        do {
            session = try progress.scopedSession(programs: programs, course: course, config: diagnosticOptions.config)
        } catch let error as ProgramScopeError {
            throw CommandFailure(status: ExitStatus.problemsFound, message: error.localizedDescription)
        }
        try ask(&session, protocolIO: protocolIO) { answered in
            "input ended after \(answered) answer(s), before the result of the diagnostic of programs \(programs.joined(separator: ", ")); nothing was saved"
        }
        let record = progress.completeScoped(session: session, programs: programs, course: course, at: Date())
        try save(progress)
        var message = protocolIO.resultMessage(record.result, course: course)
        message["scope"] = programs
        protocolIO.emit(message)
    }

    /// Asks `session`'s questions until it finishes; answers are kept in memory only (the caller saves the result).
    private func ask(_ session: inout DiagnosticSession, protocolIO: HeadlessProtocol, ended: (Int) -> String) throws {
        while !session.isFinished {
            guard let question = session.currentQuestion else { break }
            protocolIO.emit(protocolIO.questionMessage(question, session: session))
            guard let line = readLine(strippingNewline: true) else {
                throw CommandFailure(status: ExitStatus.inputEnded, message: ended(session.answers.count))
            }
            switch protocolIO.parse(line, choices: question.choices.count) {
            case .failure(let error): protocolIO.emit(["type": "error", "message": error.message])
            case .success(.answer(let key)): try session.answer(choice: session.shownOrder[key - 1])
            case .success(.back):
                if !session.back() {
                    protocolIO.emit(["type": "error", "message": "there is no earlier answer to go back to"])
                }
            case .success(.finish): session.finish()
            }
        }
    }

    /// A focused re-check: asks its questions, saves it when it finishes, and prints the result with its moves.
    private func recheck(
        _ focus: RecheckFocus, progress: inout ProgressFile, course: CourseData, protocolIO: HeadlessProtocol,
        save: (ProgressFile) throws -> Void
    ) throws {
        let config = diagnosticOptions.config
        let started: (session: DiagnosticSession, checkpoints: [String])
        do {
            started = try progress.recheckSession(
                focus: focus, course: course, now: Date(), seed: config.seed,
                maxQuestions: min(config.maxQuestions, RecheckFocus.defaultMaxQuestions))
        } catch let error as RecheckError {
            let status: ExitCode
            switch error {
            case .unknownProgram, .unknownMission: status = ExitStatus.usage
            case .noDiagnostic, .nothingToCheck: status = ExitStatus.problemsFound
            }
            throw CommandFailure(status: status, message: error.localizedDescription)
        }
        var session = started.session
        try ask(&session, protocolIO: protocolIO) { answered in
            "input ended after \(answered) answer(s), before the re-check's result; nothing was saved"
        }
        let record = progress.completeRecheck(
            session: session, focus: focus, checkpoints: started.checkpoints, course: course, at: Date())
        try save(progress)
        var message = protocolIO.resultMessage(session.result(), course: course)
        message["questionsAsked"] = session.answers.count
        message["recheck"] =
            [
                "focus": record.focus, "checkpoints": record.checkpoints, "diagnostic": record.diagnosticID,
                "moves": record.moves.map { ["id": $0.lessonID, "before": $0.before, "after": $0.after] },
                "confirmed": record.confirmed, "contradicted": record.contradicted,
            ] as [String: Any]
        protocolIO.emit(message)
    }

    /// Asks every profile field not answered yet, one `profile-question` line at a time, saving after each answer.
    private func askProfile(
        _ progress: inout ProgressFile, protocolIO: HeadlessProtocol, course: CourseData,
        save: (ProgressFile) throws -> Void, inputEnded: () -> CommandFailure
    ) throws {
        let fields = progress.profile.business.unanswered
        for (n, field) in fields.enumerated() {
            let choices = field.answers.count
            while true {
                protocolIO.emit(protocolIO.profileQuestionMessage(field, number: n + 1, of: fields.count))
                guard let line = readLine(strippingNewline: true) else { throw inputEnded() }
                switch protocolIO.parseProfileAnswer(line, choices: choices) {
                case .failure(let error):
                    protocolIO.emit(["type": "error", "message": error.message])
                    continue
                case .success(let key):
                    var business = progress.profile.business
                    business[field] = field.answers[key - 1].key
                    progress.setBusinessProfile(business, course: course, at: Date())
                    try save(progress)
                }
                break
            }
        }
    }
}
