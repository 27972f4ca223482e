import Foundation

/// Loads a data folder (`curriculum.json` + `questions.json`) into a validated `CourseData`.
public enum CourseLoader {
    public static let curriculumFileName = "curriculum.json"
    public static let questionsFileName = "questions.json"

    /// Loads and validates a folder; throws `CourseDataError` listing every problem found.
    public static func load(folder: URL) throws -> CourseData {
        let (course, problems) = check(folder: folder, review: false)
        guard let course, problems.isEmpty else { throw CourseDataError(problems: problems) }
        return course
    }

    /// Every problem of a folder in one run: shape, the rules across files and, with `review`, the question bank's
    /// honesty rules (`QuestionBankReview`), whose warnings and errors do not stop `load`. The course is returned
    /// when it loads.
    public static func check(folder: URL, review: Bool) -> (course: CourseData?, problems: [ValidationProblem]) {
        do {
            let course = try read(folder: folder)
            guard review else { return (course, []) }
            let name = displayPath(folder.appendingPathComponent(questionsFileName))
            let curriculumName = displayPath(folder.appendingPathComponent(curriculumFileName))
            return (
                course,
                LessonReview(curriculum: course.curriculum, curriculumFile: curriculumName).problems()
                    + QuestionBankReview(curriculum: course.curriculum, bank: course.bank, questionsFile: name)
                    .problems()
            )
        } catch let error as CourseDataError {
            var problems = error.problems
            if review, let partial = error.partial {
                let name = displayPath(folder.appendingPathComponent(questionsFileName))
                problems += QuestionBankReview(curriculum: partial.curriculum, bank: partial.bank, questionsFile: name)
                    .problems()
            }
            return (nil, problems)
        } catch {
            return (nil, [ValidationProblem(file: displayPath(folder), path: "", message: "\(error)")])
        }
    }

    private static func read(folder: URL) throws -> CourseData {
        let curriculumURL = folder.appendingPathComponent(curriculumFileName)
        let questionsURL = folder.appendingPathComponent(questionsFileName)
        let curriculumName = displayPath(curriculumURL)
        let questionsName = displayPath(questionsURL)

        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CourseDataError(problems: [
                ValidationProblem(
                    file: displayPath(folder), path: "",
                    message:
                        "is not a folder (pass --data with a folder holding \(curriculumFileName) and \(questionsFileName))"
                )
            ])
        }
        var problems: [ValidationProblem] = []
        var blobs: [Data] = []
        for (url, name) in [(curriculumURL, curriculumName), (questionsURL, questionsName)] {
            switch DataFile.read(url, displayName: name) {
            case .success(let data):
                blobs.append(data)
            case .failure(let problem):
                problems.append(problem)
            }
        }
        guard problems.isEmpty else {
            // Still report syntax problems of the file that could be read: every problem at once.
            if blobs.count == 1,
                case .failure(let problem) = DataFile.parse(
                    blobs[0], displayName: problems[0].file == curriculumName ? questionsName : curriculumName)
            {
                problems.append(problem)
            }
            throw CourseDataError(problems: problems)
        }
        var course = try decode(
            curriculum: blobs[0], questions: blobs[1],
            curriculumName: curriculumName, questionsName: questionsName, folder: folder)
        course.folder = folder
        return course
    }

    /// Decodes and validates the two files' bytes. The names appear in messages.
    public static func decode(
        curriculum curriculumBytes: Data, questions questionsBytes: Data,
        curriculumName: String = curriculumFileName,
        questionsName: String = questionsFileName, folder: URL? = nil
    ) throws -> CourseData {
        var problems: [ValidationProblem] = []
        var trees: [JSONValue] = []
        for (data, name) in [(curriculumBytes, curriculumName), (questionsBytes, questionsName)] {
            switch DataFile.parseTree(data, displayName: name) {
            case .success(let tree): trees.append(tree)
            case .failure(let problem): problems.append(problem)
            }
        }
        guard problems.isEmpty else { throw CourseDataError(problems: problems) }

        let curriculumReader = JSONTreeReader(file: curriculumName)
        let questionsReader = JSONTreeReader(file: questionsName)
        let parsedCurriculum = CurriculumDecoder(reader: curriculumReader).decode(trees[0])
        let parsedBank = QuestionBankDecoder(reader: questionsReader).decode(trees[1])
        problems = curriculumReader.problems + questionsReader.problems
        guard let curriculum = parsedCurriculum, let bank = parsedBank else {
            throw CourseDataError(problems: problems, partial: parsedBank.map { (parsedCurriculum, $0) })
        }

        // The rules across files run on what could be read even when a field was wrong: a custom curriculum with
        // an empty title and a dangling prerequisite shows both in one run.
        problems += CourseValidator(
            curriculum: curriculum, bank: bank,
            curriculumFile: curriculumName, questionsFile: questionsName
        ).problems()
        if let folder { problems += templateProblems(curriculum, folder: folder, curriculumName: curriculumName) }
        guard problems.isEmpty else { throw CourseDataError(problems: problems, partial: (curriculum, bank)) }
        return CourseData(
            curriculum: curriculum, bank: bank,
            contentHash: DataFile.fingerprint([curriculumBytes, questionsBytes]))
    }

    /// Every referenced template exists beside the curriculum and parses.
    static func templateProblems(_ curriculum: Curriculum, folder: URL, curriculumName: String) -> [ValidationProblem] {
        curriculum.lessons.indices.flatMap { i -> [ValidationProblem] in
            guard let reference = curriculum.lessons[i].work?.template else { return [] }
            let loc = curriculum.locations[i]
            let path =
                "programs[\(loc.program)].missions[\(loc.mission)].modules[\(loc.module)].lessons[\(loc.lesson)].template"
            return LessonTemplate.problems(reference, folder: folder).map {
                ValidationProblem(file: curriculumName, path: path, message: $0)
            }
        }
    }

    /// A path as the user would type it: relative to the working folder when inside it.
    public static func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }
}

/// Builds the curriculum tree from JSON, reporting shape problems with their paths.
struct CurriculumDecoder {
    let reader: JSONTreeReader

    func decode(_ tree: JSONValue) -> Curriculum? {
        guard let root = reader.object(tree, at: "") else { return nil }
        checkFormatVersion(root)
        let title = reader.string(root, "title", at: "", required: false) ?? "Curriculum"
        guard let list = reader.array(root, "programs", at: "") else { return nil }
        if list.isEmpty { reader.report("programs", "is empty (at least one program is required)") }
        // Nodes with a shape problem are kept with placeholders (the problem is already reported), so the checks
        // that come after decoding still run and every problem shows in one run; the data is refused all the same.
        let programs = list.enumerated().compactMap { program($1, at: "programs[\($0)]") }
        return Curriculum(title: title, programs: programs)
    }

    func checkFormatVersion(_ root: JSONObject) {
        if case .number(let number)? = root["formatVersion"], number > 1, number == number.rounded(), number < 1e9 {
            let version = Int(number)
            reader.report(
                "formatVersion", "\(version) is newer than this version of Dijipilot reads (1); update Dijipilot")
        }
    }

    func program(_ value: JSONValue, at path: String) -> Program? {
        guard let dict = reader.object(value, at: path) else { return nil }
        let id = reader.string(dict, "id", at: path)
        let title = reader.string(dict, "title", at: path)
        let summary = reader.string(dict, "summary", at: path, required: false) ?? ""
        let list = reader.array(dict, "missions", at: path) ?? []
        let missions = list.enumerated().compactMap { mission($1, at: "\(path).missions[\($0)]") }
        guard let id else { return nil }
        return Program(id: id, title: title ?? "", summary: summary, missions: missions)
    }

    func mission(_ value: JSONValue, at path: String) -> Mission? {
        guard let dict = reader.object(value, at: path) else { return nil }
        let id = reader.string(dict, "id", at: path)
        let title = reader.string(dict, "title", at: path)
        let summary = reader.string(dict, "summary", at: path, required: false) ?? ""
        let list = reader.array(dict, "modules", at: path) ?? []
        let modules = list.enumerated().compactMap { module($1, at: "\(path).modules[\($0)]") }
        guard let id else { return nil }
        return Mission(id: id, title: title ?? "", summary: summary, modules: modules)
    }

    func module(_ value: JSONValue, at path: String) -> Module? {
        guard let dict = reader.object(value, at: path) else { return nil }
        let id = reader.string(dict, "id", at: path)
        let title = reader.string(dict, "title", at: path)
        let list = reader.array(dict, "lessons", at: path) ?? []
        let lessons = list.enumerated().compactMap { lesson($1, at: "\(path).lessons[\($0)]") }
        guard let id else { return nil }
        return Module(id: id, title: title ?? "", lessons: lessons)
    }

    func lesson(_ value: JSONValue, at path: String) -> Lesson? {
        guard let dict = reader.object(value, at: path) else { return nil }
        let id = reader.string(dict, "id", at: path)
        let title = reader.string(dict, "title", at: path)
        let difficulty = reader.enumeration(dict, "difficulty", at: path, as: Difficulty.self)
        let learningPath = reader.enumeration(dict, "path", at: path, as: LearningPath.self)
        let (minutes, doingMinutes) = self.minutes(dict, at: path)
        let checkpoint = reader.string(dict, "checkpoint", at: path)
        let prerequisites = reader.strings(dict, "prerequisites", at: path, required: false) ?? []
        var lessonSummary: LessonSummary?
        if let summaryObject = reader.object(dict["summary"], at: "\(path).summary") {
            lessonSummary = summary(summaryObject, at: "\(path).summary")
        }
        let work = self.work(dict, at: path)
        let appliesTo = reader.applicability(dict, at: path)
        guard let id else { return nil }
        let placeholder = LessonSummary(what: "", why: "", keyPoints: [], comparison: nil, dos: [], donts: [])
        return Lesson(
            id: id, title: title ?? "", difficulty: difficulty ?? .beginner, path: learningPath ?? .launch,
            minutes: minutes ?? 1, doingMinutes: doingMinutes ?? 0, checkpoint: checkpoint ?? "",
            prerequisites: prerequisites, summary: lessonSummary ?? placeholder, work: work, appliesTo: appliesTo)
    }

    /// `"minutes": 15` (reading only, as before) or `"minutes": {"reading": 4, "doing": 45}`.
    func minutes(_ dict: JSONObject, at path: String) -> (reading: Int?, doing: Int?) {
        guard case .object(let split)? = dict["minutes"] else {
            return (reader.integer(dict, "minutes", at: path, in: 1...600), 0)
        }
        let at = "\(path).minutes"
        return (
            reader.integer(split, "reading", at: at, in: 1...600), reader.integer(split, "doing", at: at, in: 0...6000)
        )
    }

    /// The optional work: `steps` (3 to 6), `doneWhen` (2 to 4), `example` and `template`, all or none of the first two.
    func work(_ dict: JSONObject, at path: String) -> LessonWork? {
        let hasSteps = dict["steps"].map { !$0.isNull } ?? false, hasDone = dict["doneWhen"].map { !$0.isNull } ?? false
        guard hasSteps || hasDone else {
            for key in ["example", "template"] where dict[key].map({ !$0.isNull }) ?? false {
                reader.report("\(path).\(key)", "needs the lesson's steps and doneWhen beside it")
            }
            return nil
        }
        let steps = reader.strings(dict, "steps", at: path) ?? []
        let doneWhen = reader.strings(dict, "doneWhen", at: path) ?? []
        if hasSteps && !(3...6).contains(steps.count) {
            reader.report(
                "\(path).steps", "has \(steps.count) steps; a lesson has 3 to 6, ending with the checkpoint's artefact")
        }
        if hasDone && !(2...4).contains(doneWhen.count) {
            reader.report(
                "\(path).doneWhen", "has \(doneWhen.count) criteria; a lesson has 2 to 4 that someone else could check")
        }
        var example: WorkedExample?
        if let raw = dict["example"], !raw.isNull, let object = reader.object(raw, at: "\(path).example") {
            let at = "\(path).example"
            if let title = reader.string(object, "title", at: at),
                let lines = reader.strings(object, "lines", at: at, nonEmpty: true)
            {
                example = WorkedExample(title: title, lines: lines)
            }
        }
        var template: String?
        if let raw = dict["template"], !raw.isNull {
            if let name = reader.string(dict, "template", at: path) {
                if LessonTemplate.isSafeReference(name) {
                    template = name
                } else {
                    reader.report(
                        "\(path).template",
                        "\"\(name)\" must name a file in the templates folder, like "
                            + "\"templates/1.1.1.1-niche-scorecard.csv\" (.md or .csv, no \"..\")")
                }
            }
        }
        return LessonWork(steps: steps, doneWhen: doneWhen, example: example, template: template)
    }

    func summary(_ dict: JSONObject, at path: String) -> LessonSummary? {
        let what = reader.string(dict, "what", at: path)
        let why = reader.string(dict, "why", at: path)
        let keyPoints = reader.strings(dict, "keyPoints", at: path, nonEmpty: true)
        let dos = reader.strings(dict, "dos", at: path, nonEmpty: true)
        let donts = reader.strings(dict, "donts", at: path, nonEmpty: true)
        var comparison: Comparison?
        if let raw = dict["comparison"], !raw.isNull {
            if let object = reader.object(raw, at: "\(path).comparison") {
                comparison = self.comparison(object, at: "\(path).comparison")
            }
        }
        return LessonSummary(
            what: what ?? "", why: why ?? "", keyPoints: keyPoints ?? [], comparison: comparison,
            dos: dos ?? [], donts: donts ?? [])
    }

    func comparison(_ dict: JSONObject, at path: String) -> Comparison? {
        let title = reader.string(dict, "title", at: path, required: false) ?? "Key differences"
        guard let columns = reader.strings(dict, "columns", at: path, nonEmpty: true) else { return nil }
        if columns.count != 2 {
            reader.report("\(path).columns", "has \(columns.count) entries; a comparison has exactly 2 columns");
            return nil
        }
        let list = reader.array(dict, "rows", at: path) ?? []
        var rows: [Comparison.Row] = []
        for (i, item) in list.enumerated() {
            let rowPath = "\(path).rows[\(i)]"
            guard let row = reader.object(item, at: rowPath),
                let aspect = reader.string(row, "aspect", at: rowPath),
                let cells = reader.strings(row, "cells", at: rowPath)
            else { continue }
            if cells.count != columns.count {
                reader.report(
                    "\(rowPath).cells", "has \(cells.count) entries; it needs one per column (\(columns.count))");
                continue
            }
            rows.append(Comparison.Row(aspect: aspect, cells: cells))
        }
        guard rows.count == list.count else { return nil }
        return Comparison(title: title, columns: columns, rows: rows)
    }
}

/// Builds the question bank from JSON, reporting shape problems with their paths.
struct QuestionBankDecoder {
    let reader: JSONTreeReader

    func decode(_ tree: JSONValue) -> QuestionBank? {
        guard let root = reader.object(tree, at: "") else { return nil }
        guard let list = reader.array(root, "questions", at: "") else { return nil }
        if list.isEmpty { reader.report("questions", "is empty (at least one question is required)") }
        // As for the curriculum: keep what could be read, so the cross-file checks still run.
        let questions = list.enumerated().compactMap { question($1, at: "questions[\($0)]") }
        return QuestionBank(questions: questions)
    }

    func question(_ value: JSONValue, at path: String) -> Question? {
        guard let dict = reader.object(value, at: path) else { return nil }
        let id = reader.string(dict, "id", at: path)
        let prompt = reader.string(dict, "prompt", at: path)
        let checkpoints = reader.strings(dict, "checkpoints", at: path, nonEmpty: true)
        let list = reader.array(dict, "options", at: path) ?? []
        var options: [AnswerOption] = []
        for (i, item) in list.enumerated() {
            let optionPath = "\(path).options[\(i)]"
            guard let option = reader.object(item, at: optionPath) else { continue }
            let label = reader.string(option, "label", at: optionPath)
            var evidence: [String: Double] = [:]
            if let raw = option["evidence"], !raw.isNull {
                if let map = reader.object(raw, at: "\(optionPath).evidence") {
                    for (key, value) in map.entries {
                        guard case .number(let number) = value else {
                            reader.report(
                                "\(optionPath).evidence.\(key)",
                                "must be a number (1, 0.5 or 0), found \(JSONTreeReader.describe(value))");
                            continue
                        }
                        evidence[key] = number
                    }
                }
            } else {
                reader.report(
                    "\(optionPath).evidence", "is missing (use {} for an answer that says nothing, like \"Not sure\")")
            }
            if let label { options.append(AnswerOption(label: label, evidence: evidence)) }
        }
        let appliesTo = reader.applicability(dict, at: path)
        guard let id else { return nil }
        return Question(
            id: id, prompt: prompt ?? "", checkpoints: checkpoints ?? [], options: options, appliesTo: appliesTo)
    }
}
