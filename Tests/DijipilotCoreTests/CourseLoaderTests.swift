import Foundation
import Testing

@testable import DijipilotCore

/// A minimal valid curriculum as JSON trees, mutated by each test to break exactly one rule.
private func validCurriculum() -> [String: Any] {
    func lesson(_ id: String, prerequisites: [String] = []) -> [String: Any] {
        [
            "id": id, "title": "Lesson \(id)", "difficulty": "beginner", "path": "launch", "minutes": 10,
            "checkpoint": "You do \(id).", "prerequisites": prerequisites,
            "summary": ["what": "What.", "why": "Why.", "keyPoints": ["Point."], "dos": ["Do."], "donts": ["Avoid."]],
        ]
    }
    return [
        "title": "Fixture",
        "programs": [
            [
                "id": "6", "title": "Strategy", "summary": "S.",
                "missions": [
                    [
                        "id": "6.12", "title": "Continuity", "summary": "C.",
                        "modules": [
                            [
                                "id": "6.12.1", "title": "Foundations",
                                "lessons": [lesson("6.12.1.1"), lesson("6.12.1.2", prerequisites: ["6.12.1.1"])],
                            ]
                        ],
                    ]
                ],
            ]
        ],
    ]
}

private func validQuestions() -> [String: Any] {
    [
        "questions": [
            [
                "id": "q-1", "prompt": "How?", "checkpoints": ["6.12.1.1", "6.12.1.2"],
                "options": [
                    ["label": "No.", "evidence": ["6.12.1.1": 0, "6.12.1.2": 0]],
                    ["label": "Yes.", "evidence": ["6.12.1.1": 1, "6.12.1.2": 0.5]],
                ],
            ]
        ]
    ]
}

private func json(_ tree: Any) -> Data { try! JSONSerialization.data(withJSONObject: tree) }

/// Loads the trees and returns the problems' descriptions (empty when valid).
private func problems(curriculum: Any = validCurriculum(), questions: Any = validQuestions()) -> [String] {
    do {
        _ = try CourseLoader.decode(
            curriculum: json(curriculum), questions: json(questions),
            curriculumName: "Data/curriculum.json", questionsName: "Data/questions.json")
        return []
    } catch let error as CourseDataError {
        return error.problems.map(\.description)
    } catch { return ["unexpected \(error)"] }
}

/// Edits the first lesson of the fixture.
private func withLesson(_ edit: (inout [String: Any]) -> Void) -> [String: Any] {
    var root = validCurriculum()
    var programs = root["programs"] as! [[String: Any]]
    var missions = programs[0]["missions"] as! [[String: Any]]
    var modules = missions[0]["modules"] as! [[String: Any]]
    var lessons = modules[0]["lessons"] as! [[String: Any]]
    edit(&lessons[0])
    modules[0]["lessons"] = lessons; missions[0]["modules"] = modules; programs[0]["missions"] = missions
    root["programs"] = programs
    return root
}

private let lessonPath = "programs[0].missions[0].modules[0].lessons[0]"

@Suite("loading and validating curriculum data")
struct CourseLoaderTests {
    @Test("the valid fixture loads with no problems")
    func validFixture() { #expect(problems() == []) }

    @Test("an unknown difficulty names the file, the JSON path and the allowed values")
    func badEnum() {
        let found = problems(curriculum: withLesson { $0["difficulty"] = "expert" })
        #expect(
            found == [
                "Data/curriculum.json: \(lessonPath).difficulty: \"expert\" is not one of beginner, intermediate, advanced"
            ])
    }

    @Test("a lesson without steps, done-when or split minutes (an older custom curriculum) loads as before")
    func workIsOptional() throws {
        #expect(problems() == [])
        let course = try CourseLoader.decode(curriculum: json(validCurriculum()), questions: json(validQuestions()))
        let lesson = try #require(course.curriculum.lessons.first)
        #expect(
            lesson.work == nil && lesson.readingMinutes == 10 && lesson.doingMinutes == 0 && lesson.totalMinutes == 10)
    }

    @Test("split minutes and the work load; their counts are checked with the fix in the message")
    func workShape() throws {
        let good = withLesson {
            $0["minutes"] = ["reading": 4, "doing": 90]
            $0["steps"] = ["Open the report.", "Write the plan.", "Share it."]
            $0["doneWhen"] = ["The plan names a backup.", "It was tested."]
            $0["example"] = ["title": "Cost", "lines": ["2 x 3 = 6"]]
        }
        let course = try CourseLoader.decode(curriculum: json(good), questions: json(validQuestions()))
        let lesson = try #require(course.curriculum.lessons.first)
        #expect(
            lesson.totalMinutes == 94 && lesson.work?.steps.count == 3 && lesson.work?.example?.lines == ["2 x 3 = 6"])

        let bad = problems(
            curriculum: withLesson {
                $0["steps"] = ["Only one."]
                $0["doneWhen"] = ["One.", "Two.", "Three.", "Four.", "Five."]
                $0["template"] = "../etc/passwd"
            })
        #expect(
            bad.contains(
                "Data/curriculum.json: \(lessonPath).steps: has 1 steps; a lesson has 3 to 6, ending with the checkpoint's artefact"
            ))
        #expect(
            bad.contains(
                "Data/curriculum.json: \(lessonPath).doneWhen: has 5 criteria; a lesson has 2 to 4 that someone else could check"
            ))
        #expect(bad.contains { $0.contains("template: \"../etc/passwd\" must name a file in the templates folder") })
    }

    @Test("a missing required text is reported with its path")
    func missingText() {
        let found = problems(curriculum: withLesson { $0["checkpoint"] = nil })
        #expect(found == ["Data/curriculum.json: \(lessonPath).checkpoint: is missing (a non-empty text is required)"])
    }

    @Test("an empty summary list is reported")
    func emptyList() {
        let found = problems(
            curriculum: withLesson { lesson in
                var summary = lesson["summary"] as! [String: Any]; summary["dos"] = []; lesson["summary"] = summary
            })
        #expect(found == ["Data/curriculum.json: \(lessonPath).summary.dos: is empty (at least one entry is required)"])
    }

    @Test("an id that does not sit under its parent is reported")
    func inconsistentID() {
        let found = problems(
            curriculum: withLesson { $0["id"] = "6.11.1.1" },
            questions: [
                "questions": [
                    [
                        "id": "q-1", "prompt": "How?", "checkpoints": ["6.11.1.1", "6.12.1.2"],
                        "options": [
                            ["label": "No.", "evidence": ["6.11.1.1": 0, "6.12.1.2": 0]],
                            ["label": "Yes.", "evidence": ["6.11.1.1": 1, "6.12.1.2": 1]],
                        ],
                    ]
                ]
            ])
        #expect(
            found.contains(
                "Data/curriculum.json: \(lessonPath).id: \"6.11.1.1\" does not sit under its module \"6.12.1\" (expected \"6.12.1.N\")"
            ))
        #expect(
            found.contains(
                "Data/curriculum.json: programs[0].missions[0].modules[0].lessons[1].prerequisites[0]: \"6.12.1.1\" is not the id of any lesson"
            ))
    }

    @Test("a duplicate id is reported at its second place")
    func duplicateID() {
        let found = problems(
            curriculum: withLesson {
                $0["id"] = "6.12.1.2"; $0["prerequisites"] = []
            })
        #expect(
            found.contains(
                "Data/curriculum.json: programs[0].missions[0].modules[0].lessons[1].id: \"6.12.1.2\" is already used at \(lessonPath)"
            ))
    }

    @Test("a prerequisite cycle is printed as the cycle")
    func cycle() {
        let found = problems(curriculum: withLesson { $0["prerequisites"] = ["6.12.1.2"] })
        #expect(
            found == [
                "Data/curriculum.json: \(lessonPath).prerequisites: prerequisites form a cycle: 6.12.1.1 → 6.12.1.2 → 6.12.1.1"
            ])
    }

    @Test("a question about an unknown checkpoint is reported, and so is the checkpoint nobody probes")
    func unknownCheckpoint() {
        var bank = validQuestions()
        var questions = bank["questions"] as! [[String: Any]]
        questions[0]["checkpoints"] = ["6.12.1.1", "9.9.9.9"]
        questions[0]["options"] = [
            ["label": "No.", "evidence": ["6.12.1.1": 0, "9.9.9.9": 0]],
            ["label": "Yes.", "evidence": ["6.12.1.1": 1, "9.9.9.9": 1]],
        ]
        bank["questions"] = questions
        let found = problems(questions: bank)
        #expect(
            found == [
                "Data/questions.json: questions[0].checkpoints[1]: \"9.9.9.9\" is not the id of any lesson in Data/curriculum.json",
                "Data/curriculum.json: programs[0].missions[0].modules[0].lessons[1]: checkpoint \"6.12.1.2\" is not probed by any question in Data/questions.json",
            ])
    }

    @Test("an option without evidence for a probed checkpoint is reported")
    func missingEvidence() {
        var bank = validQuestions()
        var questions = bank["questions"] as! [[String: Any]]
        questions[0]["options"] = [
            ["label": "No.", "evidence": ["6.12.1.1": 0]],
            ["label": "Yes.", "evidence": ["6.12.1.1": 1, "6.12.1.2": 1]],
        ]
        bank["questions"] = questions
        #expect(
            problems(questions: bank) == [
                "Data/questions.json: questions[0].options[0].evidence: has no value for probed checkpoint \"6.12.1.2\" (give 1, 0.5 or 0)"
            ])
    }

    @Test("a question with one option is reported")
    func tooFewOptions() {
        var bank = validQuestions()
        var questions = bank["questions"] as! [[String: Any]]
        questions[0]["options"] = [["label": "Yes.", "evidence": ["6.12.1.1": 1, "6.12.1.2": 1]]]
        bank["questions"] = questions
        #expect(
            problems(questions: bank) == [
                "Data/questions.json: questions[0].options: has 1 options; a question needs 2 to 6"
            ])
    }

    @Test("evidence outside 0...1 is reported")
    func evidenceRange() {
        var bank = validQuestions()
        var questions = bank["questions"] as! [[String: Any]]
        questions[0]["options"] = [
            ["label": "No.", "evidence": ["6.12.1.1": 0, "6.12.1.2": 2]],
            ["label": "Yes.", "evidence": ["6.12.1.1": 1, "6.12.1.2": 1]],
        ]
        bank["questions"] = questions
        #expect(
            problems(questions: bank) == [
                "Data/questions.json: questions[0].options[0].evidence.6.12.1.2: 2.0 is outside 0...1 (use 1 practised, 0.5 partly, 0 not)"
            ])
    }

    @Test("every problem is reported at once, not only the first")
    func allAtOnce() {
        let found = problems(
            curriculum: withLesson {
                $0["difficulty"] = "expert"; $0["path"] = "moon"; $0["minutes"] = "ten"
            })
        #expect(found.count == 3)
    }

    @Test("broken JSON names the line and column")
    func syntaxError() {
        let bad = Data("{\n  \"title\": \"x\",\n  \"programs\": [,]\n}".utf8)
        #expect(throws: CourseDataError.self) {
            try CourseLoader.decode(curriculum: bad, questions: json(validQuestions()))
        }
        do { _ = try CourseLoader.decode(curriculum: bad, questions: json(validQuestions())) } catch let error
            as CourseDataError
        {
            #expect(error.problems.first?.message.hasPrefix("is not valid JSON at line 3") == true)
        } catch {}
    }

    @Test("invalid UTF-8, an empty file, a folder and a missing file each get their own message")
    func fileProblems() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dj-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([0x7B, 0xFF, 0xFE, 0x7D]).write(to: folder.appendingPathComponent("curriculum.json"))
        try Data().write(to: folder.appendingPathComponent("questions.json"))
        #expect(throws: CourseDataError.self) { try CourseLoader.load(folder: folder) }
        do { _ = try CourseLoader.load(folder: folder) } catch let error as CourseDataError {
            let messages = error.problems.map(\.message)
            #expect(messages.contains("is empty (expected a JSON object)"))
        }
        let emptyFolder = folder.appendingPathComponent("nothing")
        try FileManager.default.createDirectory(at: emptyFolder, withIntermediateDirectories: true)
        do { _ = try CourseLoader.load(folder: emptyFolder) } catch let error as CourseDataError {
            #expect(error.problems.allSatisfy { $0.message.hasPrefix("no such file") })
            #expect(error.problems.count == 2)
        }
        let utf = DataFile.parse(Data([0x7B, 0xFF, 0xFE, 0x7D]), displayName: "x.json")
        if case .failure(let problem) = utf {
            #expect(problem.message.hasPrefix("is not valid UTF-8 text (first bad byte at line 1, column 2)"))
        } else {
            Issue.record("invalid UTF-8 was accepted")
        }
    }

    @Test("the built-in curriculum is valid and as large as promised")
    func builtIn() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data")
        let course = try CourseLoader.load(folder: folder)
        #expect(course.curriculum.programs.count >= 18)
        #expect(course.curriculum.missionCount >= 40)
        #expect(course.curriculum.lessons.count >= 100)
        #expect(course.bank.questions.count >= 60)
        let lesson = try #require(course.curriculum.lesson("6.12.1.1"))
        #expect(lesson.difficulty == .advanced && lesson.path == .scale)
        #expect(Set(course.curriculum.lessons.map(\.difficulty)) == Set(Difficulty.allCases))
    }

    @Test("a curriculum encoded and decoded again is the same")
    func roundTrip() throws {
        let course = try CourseLoader.decode(curriculum: json(validCurriculum()), questions: json(validQuestions()))
        let encoded = try JSONEncoder().encode(course.curriculum)
        let bank = try JSONEncoder().encode(course.bank)
        let again = try CourseLoader.decode(curriculum: encoded, questions: bank)
        #expect(again.curriculum == course.curriculum)
        #expect(again.bank == course.bank)
    }
}
