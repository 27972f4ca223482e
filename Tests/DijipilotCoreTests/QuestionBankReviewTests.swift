import DijipilotCore
import Foundation
import Testing

/// Each honesty rule of `dijipilot validate`, with a bank that breaks it and the exact message a data author reads.
@Suite("question bank review: the honesty rules")
struct QuestionBankReviewTests {
    /// Two lessons, 1.1.1.2 requiring 1.1.1.1.
    static let curriculum: Curriculum = {
        let summary = LessonSummary(what: "w", why: "y", keyPoints: ["k"], comparison: nil, dos: ["d"], donts: ["n"])
        func lesson(_ id: String, _ prerequisites: [String]) -> Lesson {
            Lesson(
                id: id, title: "Lesson \(id)", difficulty: .beginner, path: .launch, minutes: 10,
                checkpoint: "You do \(id).", prerequisites: prerequisites, summary: summary)
        }
        let module = Module(id: "1.1.1", title: "M", lessons: [lesson("1.1.1.1", []), lesson("1.1.1.2", ["1.1.1.1"])])
        return Curriculum(
            title: "T",
            programs: [
                Program(
                    id: "1", title: "P", summary: "",
                    missions: [Mission(id: "1.1", title: "Mi", summary: "", modules: [module])])
            ])
    }()

    static func option(_ label: String, _ a: Double, _ b: Double) -> AnswerOption {
        AnswerOption(label: label, evidence: ["1.1.1.1": a, "1.1.1.2": b])
    }

    /// A fair question: even lengths, distinct evidence, the best option not the longest.
    static let fair = Question(
        id: "q-fair", prompt: "What do you do?", checkpoints: ["1.1.1.1", "1.1.1.2"],
        options: [
            option("We write nothing down and decide each case as it comes.", 0, 0),
            option("A written rule exists, though nobody has looked at it lately.", 0.5, 0),
            option("The rule is written and we check last month's cases weekly.", 1, 0.5),
            option("Written rule, weekly check, and the numbers go to the team.", 1, 1),
        ])

    static func review(_ questions: [Question]) -> [String] {
        QuestionBankReview(
            curriculum: curriculum, bank: QuestionBank(questions: questions),
            questionsFile: "questions.json"
        ).problems().map(\.description)
    }

    static func with(_ edit: (inout [AnswerOption]) -> Void) -> Question {
        var question = fair
        edit(&question.options)
        return question
    }

    @Test("a fair pair of questions passes every rule")
    func fairPasses() {
        var second = Self.fair
        second.id = "q-fair-2"
        #expect(Self.review([Self.fair, second]) == [])
    }

    @Test("ladder wording is a warning naming the question, the option and the fix")
    func ladder() {
        let question = Self.with { $0[3].label = "All that, plus the numbers go to the team weekly." }
        #expect(
            Self.review([question]).contains(
                "questions.json: questions[0].options[3]: warning: q-fair option 4 (\"All that, plus the numbers go to the ...\") "
                    + "leans on another option (\"all that\"): describe one whole way of working in its own words"))
    }

    @Test("an option over 25% longer than the median is a warning with its length and the median")
    func uneven() {
        let question = Self.with {
            $0[0].label = "We write nothing down and decide each case as it comes, case by case, whoever is in."
        }
        #expect(
            Self.review([question]).contains(
                "questions.json: questions[0].options[0]: warning: q-fair option 1 (\"We write nothing down and decide each...\") "
                    + "is 84 characters, 40% longer than the question's median option (60): shorten it, or bring the others "
                    + "closer, to within 25%"))
    }

    @Test("two options with the same evidence are an error")
    func identicalEvidence() {
        let question = Self.with { $0[1].evidence = $0[0].evidence }
        #expect(
            Self.review([question]).contains(
                "questions.json: questions[0].options[1]: q-fair option 2 (\"A written rule exists, though nobody ...\") "
                    + "has the same evidence as option 1: the answers cannot be told apart; change the evidence of one, or "
                    + "merge them"))
    }

    @Test("claiming a lesson while denying its probed prerequisite is an error")
    func deniedPrerequisite() {
        let question = Self.with { $0[1].evidence = ["1.1.1.1": 0, "1.1.1.2": 1] }
        #expect(
            Self.review([question]).contains(
                "questions.json: questions[0].options[1]: q-fair option 2 (\"A written rule exists, though nobody ...\") "
                    + "claims 1.1.1.2 (1) while denying its prerequisite 1.1.1.1 (0): raise 1.1.1.1 to 0.5 or 1, or lower "
                    + "1.1.1.2"))
    }

    @Test("a combination a business can hold with no option within 0.5 is a warning; one prerequisites rule out is not")
    func uncoveredCombination() {
        let question = Question(
            id: "q-thin", prompt: "What do you do?", checkpoints: ["1.1.1.1", "1.1.1.2"],
            options: [
                Self.option("We write nothing down and decide each case as it comes.", 0, 0),
                Self.option("A rule is written for some cases; we check it now and then.", 0.5, 0.5),
            ])
        let coverage = Self.review([question]).filter { $0.contains("has no option") }
        // "1.1.1.2 without 1.1.1.1" is also 1 away from every option, but 1.1.1.2 requires 1.1.1.1: not reported.
        #expect(
            coverage == [
                "questions.json: questions[0]: warning: q-thin has no option for a business that masters 1.1.1.1 but "
                    + "not 1.1.1.2 (the nearest is 1 away): such a founder has no true answer; describe that way of "
                    + "working in an option, or rewrite the option that adds least",
                "questions.json: questions[0]: warning: q-thin has no option for a business that masters all of "
                    + "1.1.1.1, 1.1.1.2 (the nearest is 1 away): such a founder has no true answer; describe that way "
                    + "of working in an option, or rewrite the option that adds least",
            ])
        #expect(Self.review([Self.fair]).filter { $0.contains("has no option") } == [])
    }
    @Test("across the bank, the best option being the longest in more than 35% of questions is a warning")
    func bestIsLongest() {
        // The fair question with its best option made the longest, ten times over.
        let giveaway = (0..<10).map { i in
            var question = Self.with {
                $0[3].label = "Written rule, weekly check, numbers shared with the team." + " Always."
            }
            question.id = "q-\(i)"
            return question
        }
        let problems = Self.review(giveaway)
        #expect(
            problems.contains(
                "questions.json: questions: warning: in 10 of 10 questions (100%) the option with the most evidence is also "
                    + "the longest, so length gives the answer away (at most 35%): write the best option tersely in some of "
                    + "them, e.g. q-0, q-1, q-2, q-3, q-4, q-5, q-6, q-7, …"))
        #expect(!Self.review(Array(giveaway.prefix(9))).contains { $0.contains("gives the answer away") })
    }

    @Test("warnings leave the data valid; errors and warnings print in one run of validate")
    func severities() {
        let ladder = Self.with { $0[3].label = "All that, plus the numbers go to the team." }
        let problems = QuestionBankReview(
            curriculum: Self.curriculum, bank: QuestionBank(questions: [ladder]),
            questionsFile: "q"
        ).problems()
        #expect(problems.allSatisfy { $0.severity == .warning })
    }

    @Test("a custom curriculum with an empty title and a dangling prerequisite reports both in one run")
    func everyPhaseAtOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dj-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var curriculum = Self.curriculum
        curriculum.programs[0].missions[0].modules[0].lessons[0].title = ""
        curriculum.programs[0].missions[0].modules[0].lessons[1].prerequisites = ["9.9.9.9"]
        let bank = QuestionBank(questions: [Self.fair, Self.with { $0[3].label = "All that, plus the team sees it." }])
        try JSONEncoder().encode(curriculum).write(to: folder.appendingPathComponent("curriculum.json"))
        try JSONEncoder().encode(bank).write(to: folder.appendingPathComponent("questions.json"))
        let (course, problems) = CourseLoader.check(folder: folder, review: true)
        #expect(course == nil)
        let messages = problems.map(\.message)
        #expect(messages.contains("is empty (a non-empty text is required)"))
        #expect(messages.contains("\"9.9.9.9\" is not the id of any lesson"))
        #expect(messages.contains { $0.contains("leans on another option") })
    }
}
