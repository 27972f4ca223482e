import Foundation
import Testing

@testable import DijipilotCore

/// Two missions of two lessons; each lesson and question can be given an `appliesTo`.
private func fixture(
    lessonConditions: [String: Any] = [:], questionConditions: [String: Any] = [:]
) -> (curriculum: Data, questions: Data) {
    func lesson(_ id: String) -> [String: Any] {
        var lesson: [String: Any] = [
            "id": id, "title": "Lesson \(id)", "difficulty": "beginner", "path": "launch", "minutes": 10,
            "checkpoint": "You do \(id).", "prerequisites": [],
            "summary": ["what": "What.", "why": "Why.", "keyPoints": ["Point."], "dos": ["Do."], "donts": ["Avoid."]],
        ]
        if let condition = lessonConditions[id] { lesson["appliesTo"] = condition }
        return lesson
    }
    func mission(_ id: String) -> [String: Any] {
        [
            "id": id, "title": "Mission \(id)", "summary": "S.",
            "modules": [["id": "\(id).1", "title": "M", "lessons": [lesson("\(id).1.1"), lesson("\(id).1.2")]]],
        ]
    }
    func question(_ id: String, _ checkpoints: [String]) -> [String: Any] {
        var question: [String: Any] = [
            "id": id, "prompt": "How?", "checkpoints": checkpoints,
            "options": [
                ["label": "No.", "evidence": Dictionary(uniqueKeysWithValues: checkpoints.map { ($0, 0) })],
                ["label": "Yes.", "evidence": Dictionary(uniqueKeysWithValues: checkpoints.map { ($0, 1) })],
            ],
        ]
        if let condition = questionConditions[id] { question["appliesTo"] = condition }
        return question
    }
    let curriculum: [String: Any] = [
        "title": "Fixture",
        "programs": [["id": "1", "title": "P", "summary": "S.", "missions": [mission("1.1"), mission("1.2")]]],
    ]
    let questions: [String: Any] = [
        "questions": [
            question("q-a", ["1.1.1.1"]), question("q-b", ["1.1.1.2"]),
            question("q-c", ["1.2.1.1", "1.2.1.2"]),
        ]
    ]
    return (
        try! JSONSerialization.data(withJSONObject: curriculum), try! JSONSerialization.data(withJSONObject: questions)
    )
}

private func load(lessonConditions: [String: Any] = [:], questionConditions: [String: Any] = [:]) throws -> CourseData {
    let files = fixture(lessonConditions: lessonConditions, questionConditions: questionConditions)
    return try CourseLoader.decode(
        curriculum: files.curriculum, questions: files.questions,
        curriculumName: "curriculum.json", questionsName: "questions.json")
}

private func problems(lessonConditions: [String: Any] = [:], questionConditions: [String: Any] = [:]) -> [String] {
    do {
        _ = try load(lessonConditions: lessonConditions, questionConditions: questionConditions)
        return []
    } catch let error as CourseDataError {
        return error.problems.map(\.description)
    } catch { return ["unexpected \(error)"] }
}

private let firstLesson = "curriculum.json: programs[0].missions[0].modules[0].lessons[0].appliesTo"

private func builtIn() throws -> CourseData { try CourseLoader.load(folder: try #require(DataLocator.builtInFolder())) }

private func profile(_ answers: [ProfileField: String]) -> BusinessProfile { BusinessProfile(answers) }

@Suite("appliesTo: conditions in the data")
struct ApplicabilityDataTests {
    @Test("a condition on a lesson and on a question is read")
    func parses() throws {
        let course = try load(
            lessonConditions: ["1.1.1.1": ["stock": ["own-stock", "3pl"], "region": ["us"]]],
            questionConditions: ["q-a": ["team": ["2-5", "6-20"]]])
        #expect(
            course.curriculum.lessons[0].appliesTo == Applicability([.stock: ["own-stock", "3pl"], .region: ["us"]]))
        #expect(course.curriculum.lessons[1].appliesTo == nil)
        #expect(course.bank.questions[0].appliesTo == Applicability([.team: ["2-5", "6-20"]]))
        #expect(course.bank.questions[1].appliesTo == nil)
    }

    @Test("an unknown field is reported with the known ones")
    func unknownField() {
        #expect(
            problems(lessonConditions: ["1.1.1.1": ["warehouse": ["3pl"]]]) == [
                "\(firstLesson).warehouse: \"warehouse\" is not a profile field (one of stock, channels, region, crossBorder, team, revenue, platform)"
            ])
    }

    @Test("an unknown value is reported with the field's values")
    func unknownValue() {
        #expect(
            problems(lessonConditions: ["1.1.1.1": ["region": ["us", "mars"]]]) == [
                "\(firstLesson).region[1]: \"mars\" is not one of us, eu, uk, canada, australia, elsewhere"
            ])
        #expect(
            problems(questionConditions: ["q-a": ["stock": ["prefer-not-to-say"]]]).first?.hasPrefix(
                "questions.json: questions[0].appliesTo.stock[0]: \"prefer-not-to-say\" is not one of") == true)
    }

    @Test("a field that is not a list, an empty list and a value that is not a text are reported")
    func wrongShapes() {
        #expect(
            problems(lessonConditions: ["1.1.1.1": ["region": "us"]]) == [
                "\(firstLesson).region: must be a list of region values, found a text"
            ])
        #expect(
            problems(lessonConditions: ["1.1.1.1": ["region": [] as [String]]]) == [
                "\(firstLesson).region: is empty; list the values it applies to, or leave the field out"
            ])
        #expect(
            problems(lessonConditions: ["1.1.1.1": ["region": [1]]]) == [
                "\(firstLesson).region[0]: must be a text, found a number"
            ])
        #expect(
            problems(lessonConditions: ["1.1.1.1": "us"]) == ["\(firstLesson): must be an object, found a text"])
    }

    @Test("an empty condition, a repeated value and a field listing every value are reported")
    func conditionsThatFilterNothing() {
        #expect(
            problems(lessonConditions: ["1.1.1.1": [String: Any]()]) == [
                "\(firstLesson): is empty; leave appliesTo out for a lesson that applies to everyone"
            ])
        #expect(
            problems(lessonConditions: ["1.1.1.1": ["region": ["us", "us"]]]) == [
                "\(firstLesson).region[1]: \"us\" is listed twice"
            ])
        #expect(
            problems(lessonConditions: ["1.1.1.1": ["crossBorder": ["domestic", "cross-border"]]]) == [
                "\(firstLesson).crossBorder: lists every crossBorder value, so it filters nothing; leave the field out"
            ])
    }

    @Test("a profile that leaves a mission with applicable lessons and no question for them is reported")
    func missionWithoutQuestion() {
        // Mission 1.2 is probed by q-c only; for a dropshipper it no longer applies, while the lessons still do.
        #expect(
            problems(questionConditions: ["q-c": ["stock": ["own-stock", "3pl"]]]) == [
                "curriculum.json: programs[0].missions[1]: mission 1.2 has lessons for a business with stock: dropshipping but no question in questions.json that applies to it probes them; widen a question's appliesTo or add one"
            ])
        // The same condition on the mission's lessons makes the whole mission not applicable: nothing to probe.
        let both: [String: Any] = ["stock": ["own-stock", "3pl"]]
        #expect(
            problems(lessonConditions: ["1.2.1.1": both, "1.2.1.2": both], questionConditions: ["q-c": both]).isEmpty)
        // A question whose only checkpoint does not apply cannot cover the mission either.
        #expect(
            problems(lessonConditions: ["1.1.1.2": ["team": ["solo"]]], questionConditions: ["q-a": ["team": ["solo"]]])
                .count == 1)
    }

    @Test("the built-in data carries conditions across fulfilment, sourcing, tax, legal, marketplaces and teams")
    func builtInConditions() throws {
        let course = try builtIn()
        let lessons = course.curriculum.lessons.filter { $0.appliesTo != nil }
        let questions = course.bank.questions.filter { $0.appliesTo != nil }
        #expect(lessons.count >= 25 && questions.count >= 15)
        let programs = Set(lessons.map { $0.id.split(separator: ".")[0] })
        for program in ["2", "13", "14", "6", "17"] { #expect(programs.contains(Substring(program))) }
        let region = { (id: String) in course.bank.questions.first { $0.id == id }?.appliesTo?.conditions[.region] }
        #expect(region("q-14-sales-tax") == ["us"] && region("q-14-tax-filing") == ["us"])
        #expect(region("q-14-eu-uk-vat") == ["eu", "uk"] && region("q-14-vat-returns") == ["eu", "uk"])
    }
}

@Suite("not-applicable lessons leave scores, gaps and the roadmap")
struct ApplicabilityResultTests {
    @Test("an unanswered profile or prefer-not-to-say filters nothing")
    func preferNotToSay() throws {
        let course = try builtIn()
        #expect(CourseApplicability(course: course, profile: BusinessProfile()).everythingApplies)
        var answers: [ProfileField: String] = [:]
        for field in ProfileField.allCases { answers[field] = ProfileField.preferNotToSay }
        #expect(CourseApplicability(course: course, profile: profile(answers)).everythingApplies)
    }

    @Test("a reason names the value that rules the lesson out")
    func reason() throws {
        let course = try builtIn()
        let threePL = try #require(course.curriculum.lessons.first { $0.id == "13.2.1.1" })
        #expect(threePL.appliesTo?.reason(for: profile([.stock: "dropshipping"])) == "not for dropshipping")
        let vat = try #require(course.curriculum.lessons.first { $0.id == "14.1.2.2" })
        #expect(vat.appliesTo?.reason(for: profile([.region: "us"])) == "not for United States")
    }

    @Test("a dropshipping profile drops the 3PL and inspection lessons from gaps, scores and the roadmap")
    func dropshipping() throws {
        let course = try builtIn()
        let dropshipper = profile([.stock: "dropshipping", .region: "us", .team: "solo"])
        // Answer every question with its first option ("we don't"-like or not), to the end.
        var session = DiagnosticSession(
            course: course, config: DiagnosticConfig(maxQuestions: 30, seed: 7), profile: dropshipper)
        let ruledOut = Set(
            session.applicability.questions.indices.filter { !session.applicability.questions[$0] }
                .map { course.bank.questions[$0].id })
        #expect(ruledOut.contains("q-2-quality") && ruledOut.contains("q-14-eu-uk-vat"))
        while !session.isFinished { try session.answer(choice: 0) }
        #expect(session.answers.allSatisfy { !ruledOut.contains($0.questionID) })

        let result = session.result()
        let dropped = ["2.1.2.2", "13.2.1.1", "13.1.2.1", "14.1.2.2", "17.2.1.2"]
        for id in dropped {
            #expect(result.notApplicable.contains(id))
            #expect(!result.gaps.contains(id))
            #expect(result.checkpoint(id) == nil)
        }
        var progress = ProgressFile()
        progress.profile.business = dropshipper
        progress.complete(session: session, course: course, at: Date(timeIntervalSince1970: 0))
        let planned = Set(progress.roadmap?.items.map(\.lessonID) ?? [])
        #expect(!planned.isEmpty)
        for id in dropped { #expect(!planned.contains(id)) }

        let view = MasteryView(curriculum: course.curriculum, result: result)
        let i = try #require(course.curriculum.indexByID["13.2.1.1"])
        #expect(!view.applicable[i] && view.states[i] == .notAssessed)
        #expect(view.counts.values.reduce(0, +) == course.curriculum.lessons.count - result.notApplicable.count)
        let report = Report(curriculum: course.curriculum, result: result)
        #expect(report.gaps.allSatisfy { !dropped.contains($0.id) })
    }

    @Test("a not-applicable prerequisite counts as held: it does not drag down the lessons built on it")
    func heldPrerequisite() throws {
        let course = try builtIn()
        let i = try #require(course.curriculum.indexByID["2.2.2.2"])  // built on MOQs (2.2.1.1) and AQL (2.1.2.2)
        let plain = DiagnosticSession(course: course)
        let dropshipper = DiagnosticSession(course: course, profile: profile([.stock: "dropshipping"]))
        #expect(dropshipper.probabilities[i] > plain.probabilities[i] + 0.05)
        #expect(dropshipper.progress.checkpoints < plain.progress.checkpoints)
        // Without a profile nothing changes: the same probabilities as a session that never heard of profiles.
        let unfiltered = DiagnosticSession(course: course, profile: BusinessProfile())
        #expect(unfiltered.probabilities == plain.probabilities)
    }

    @Test("revenue and team size are the first guess at the stage; prefer-not-to-say guesses nothing")
    func firstGuess() throws {
        let course = try builtIn()
        let scale = try #require(course.curriculum.lessons.firstIndex { $0.path == .scale && $0.appliesTo == nil })
        let launch = try #require(course.curriculum.lessons.firstIndex { $0.path == .launch && $0.appliesTo == nil })
        let none = DiagnosticSession(course: course)
        let small = DiagnosticSession(course: course, profile: profile([.revenue: "pre-revenue", .team: "solo"]))
        let large = DiagnosticSession(course: course, profile: profile([.revenue: "over-1m", .team: "21+"]))
        #expect(small.probabilities[scale] < none.probabilities[scale])
        #expect(large.probabilities[scale] > none.probabilities[scale] + 0.1)
        #expect(large.probabilities[launch] >= none.probabilities[launch])
        #expect(profile([.revenue: "prefer-not-to-say", .team: "prefer-not-to-say"]).stageLikelihood == nil)
        #expect(profile([.stock: "dropshipping"]).stageLikelihood == nil)
    }

    @Test("changing the profile keeps every answer and done mark and recomputes the result and roadmap")
    func changingTheProfile() throws {
        let course = try builtIn()
        var session = DiagnosticSession(course: course, config: DiagnosticConfig(maxQuestions: 20, seed: 3))
        while !session.isFinished { try session.answer(choice: 0) }
        var progress = ProgressFile()
        let record = progress.complete(session: session, course: course, at: Date(timeIntervalSince1970: 0))
        let before = try #require(progress.roadmap)
        #expect(before.items.contains { $0.lessonID == "13.2.1.1" })
        // Done: one lesson the new profile rules out, one it keeps.
        let kept = try #require(before.items.first { !["13.2.1.1"].contains($0.lessonID) }?.lessonID)
        progress.setStatus(lessonID: "13.2.1.1", status: .done, at: Date(timeIntervalSince1970: 10))
        progress.setStatus(lessonID: kept, status: .done, at: Date(timeIntervalSince1970: 10))
        let doneBefore = progress.doneLessonIDs

        let changed = progress.setBusinessProfile(
            profile([.stock: "dropshipping"]), course: course, at: Date(timeIntervalSince1970: 20))
        #expect(changed)
        #expect(progress.diagnostics.count == 1 && progress.diagnostics[0].answers == record.answers)
        #expect(progress.diagnostics[0].id == record.id && progress.diagnostics[0].takenAt == record.takenAt)
        #expect(progress.diagnostics[0].result.notApplicable.contains("13.2.1.1"))
        #expect(progress.doneLessonIDs == doneBefore)
        // The ruled-out lesson stays done, kept from the earlier plan (week 0), and is planned nowhere else.
        let items = progress.roadmap?.items.filter { $0.lessonID == "13.2.1.1" } ?? []
        #expect(items.count == 1 && items[0].week == 0 && items[0].status == .done)
        #expect(!(progress.roadmap?.items.contains { $0.lessonID == "2.1.2.2" && $0.status == .todo } ?? true))

        // An earlier diagnostic on the same course is recomputed too, so comparisons stay like with like.
        var older = ProgressFile()
        older.complete(session: session, course: course, at: Date(timeIntervalSince1970: 0))
        older.complete(session: session, course: course, at: Date(timeIntervalSince1970: 5))
        older.setBusinessProfile(profile([.stock: "dropshipping"]), course: course, at: Date(timeIntervalSince1970: 9))
        #expect(older.diagnostics.allSatisfy { $0.result.notApplicable.contains("13.2.1.1") })

        // Back to no profile: the same answers give the first result again.
        progress.setBusinessProfile(BusinessProfile(), course: course, at: Date(timeIntervalSince1970: 30))
        #expect(progress.diagnostics[0].result == record.result)
        #expect(progress.doneLessonIDs == doneBefore)
    }
}

@Suite("the business profile in the progress file")
struct ProgressProfileTests {
    @Test("profile fields are saved beside the business name and read back")
    func roundTrip() throws {
        let folder = ProgressTemporaryFolder()
        let store = ProgressStore(url: folder.progressURL)
        var progress = ProgressFile()
        progress.profile.businessName = "Acme"
        progress.profile.business = profile([.stock: "3pl", .crossBorder: "cross-border", .team: "prefer-not-to-say"])
        try store.save(progress)
        let text = String(decoding: try #require(folder.bytes()), as: UTF8.self)
        #expect(text.contains("\"stock\" : \"3pl\"") && text.contains("\"crossBorder\" : \"cross-border\""))
        #expect(try store.load() == progress)
    }

    @Test("a file from before the profile loads with nothing answered")
    func oldFile() throws {
        let folder = ProgressTemporaryFolder()
        try folder.write(#"{"schemaVersion": 1, "profile": {"businessName": "Old"}, "diagnostics": []}"#)
        let progress = try ProgressStore(url: folder.progressURL).load()
        #expect(progress.profile.businessName == "Old" && progress.profile.business.isEmpty)
    }

    @Test("an unknown value in the file is reported with its field")
    func badValue() throws {
        let folder = ProgressTemporaryFolder()
        try folder.write(#"{"schemaVersion": 1, "profile": {"stock": "warehouse"}}"#)
        #expect {
            try ProgressStore(url: folder.progressURL).load()
        } throws: { error in
            "\(error.localizedDescription)".contains("profile.stock")
                && "\(error.localizedDescription)".contains("\"warehouse\" is not one of own-stock, 3pl")
        }
    }
}
