import Foundation

/// The rules a decoded curriculum and question bank must follow beyond their shape: unique and consistent ids,
/// existing and acyclic prerequisites, questions that probe real checkpoints with evidence for each.
struct CourseValidator {
    let curriculum: Curriculum
    let bank: QuestionBank
    let curriculumFile: String
    let questionsFile: String

    func problems() -> [ValidationProblem] {
        var found: [ValidationProblem] = []
        func curriculumProblem(_ path: String, _ message: String) {
            found.append(ValidationProblem(file: curriculumFile, path: path, message: message))
        }
        func questionProblem(_ path: String, _ message: String) {
            found.append(ValidationProblem(file: questionsFile, path: path, message: message))
        }

        // Unique ids across every level, and each id extends its parent's id by one number. Paths are built only
        // when a problem is reported: at 10,000 lessons building them eagerly was a visible part of start-up.
        var seen: [String: NodePath] = [:]
        func claim(_ id: String, _ node: NodePath) {
            if let first = seen[id] {
                curriculumProblem("\(node.text).id", "\"\(id)\" is already used at \(first.text)")
            } else {
                seen[id] = node
            }
        }
        func checkChild(_ id: String, parent: String?, _ node: NodePath, level: String) {
            let parts = id.split(separator: ".", omittingEmptySubsequences: false)
            let wellFormed = !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
            guard wellFormed else {
                curriculumProblem("\(node.text).id", "\"\(id)\" is not a dotted number like \"6.12.1.1\""); return
            }
            if let parent {
                if !id.hasPrefix(parent + ".") || parts.count != parent.split(separator: ".").count + 1 {
                    curriculumProblem(
                        "\(node.text).id",
                        "\"\(id)\" does not sit under its \(level) \"\(parent)\" (expected \"\(parent).N\")")
                }
            } else if parts.count != 1 {
                curriculumProblem("\(node.text).id", "\"\(id)\" is not a program number like \"6\"")
            }
        }
        for (p, program) in curriculum.programs.enumerated() {
            let pp = NodePath(indexes: [p])
            claim(program.id, pp); checkChild(program.id, parent: nil, pp, level: "")
            if program.missions.isEmpty {
                curriculumProblem("\(pp.text).missions", "is empty (a program needs at least one mission)")
            }
            for (m, mission) in program.missions.enumerated() {
                let mp = NodePath(indexes: [p, m])
                claim(mission.id, mp); checkChild(mission.id, parent: program.id, mp, level: "program")
                if mission.modules.isEmpty {
                    curriculumProblem("\(mp.text).modules", "is empty (a mission needs at least one module)")
                }
                for (d, module) in mission.modules.enumerated() {
                    let dp = NodePath(indexes: [p, m, d])
                    claim(module.id, dp); checkChild(module.id, parent: mission.id, dp, level: "mission")
                    if module.lessons.isEmpty {
                        curriculumProblem("\(dp.text).lessons", "is empty (a module needs at least one lesson)")
                    }
                    for (l, lesson) in module.lessons.enumerated() {
                        let lp = NodePath(indexes: [p, m, d, l])
                        claim(lesson.id, lp); checkChild(lesson.id, parent: module.id, lp, level: "module")
                    }
                }
            }
        }

        // Prerequisites point at lessons that exist, and never in a circle.
        let index = curriculum.indexByID
        for i in curriculum.lessons.indices {
            let lesson = curriculum.lessons[i]
            for (k, prerequisite) in lesson.prerequisites.enumerated() {
                if prerequisite == lesson.id {
                    curriculumProblem(
                        "\(lessonPath(i)).prerequisites[\(k)]", "\"\(prerequisite)\" is the lesson itself")
                } else if index[prerequisite] == nil {
                    curriculumProblem(
                        "\(lessonPath(i)).prerequisites[\(k)]", "\"\(prerequisite)\" is not the id of any lesson")
                }
            }
        }
        for cycle in PrerequisiteGraph(curriculum: curriculum).cycles() {
            let ids = cycle.map { curriculum.lessons[$0].id }
            curriculumProblem(
                "\(lessonPath(cycle[0])).prerequisites",
                "prerequisites form a cycle: \((ids + [ids[0]]).joined(separator: " → "))")
        }

        // Questions: unique ids, real checkpoints, 2 to 6 options, evidence for exactly the probed checkpoints.
        var questionIDs: [String: Int] = [:]
        var probed = Set<String>()
        for (q, question) in bank.questions.enumerated() {
            var qp: String { "questions[\(q)]" }  // spelled only for a message
            if let first = questionIDs[question.id] {
                questionProblem("\(qp).id", "\"\(question.id)\" is already used at questions[\(first)]")
            } else {
                questionIDs[question.id] = q
            }
            if question.checkpoints.count > 4 {
                questionProblem(
                    "\(qp).checkpoints", "probes \(question.checkpoints.count) checkpoints; a question probes 1 to 4")
            }
            let expected = Set(question.checkpoints)
            if expected.count != question.checkpoints.count {
                questionProblem("\(qp).checkpoints", "lists a checkpoint twice")
            }
            for (c, checkpoint) in question.checkpoints.enumerated() {
                if index[checkpoint] == nil {
                    questionProblem(
                        "\(qp).checkpoints[\(c)]", "\"\(checkpoint)\" is not the id of any lesson in \(curriculumFile)")
                } else {
                    probed.insert(checkpoint)
                }
            }
            if !(2...6).contains(question.options.count) {
                questionProblem("\(qp).options", "has \(question.options.count) options; a question needs 2 to 6")
            }
            for (o, option) in question.options.enumerated() where !option.isNotSure {
                var op: String { "\(qp).options[\(o)].evidence" }
                for missing in question.checkpoints where option.evidence[missing] == nil {
                    questionProblem(op, "has no value for probed checkpoint \"\(missing)\" (give 1, 0.5 or 0)")
                }
                // Sorted only when something is wrong, so messages come in a stable order at no cost otherwise.
                let extras = option.evidence.keys.filter { !expected.contains($0) }
                for extra in extras.sorted() {
                    questionProblem(
                        "\(op).\(extra)",
                        "is not one of the question's checkpoints (\(question.checkpoints.joined(separator: ", ")))")
                }
                let outside = option.evidence.filter { !(0...1).contains($0.value) }
                for (key, value) in outside.sorted(by: { $0.key < $1.key }) {
                    questionProblem("\(op).\(key)", "\(value) is outside 0...1 (use 1 practised, 0.5 partly, 0 not)")
                }
            }
        }
        for (i, lesson) in curriculum.lessons.enumerated() where !probed.contains(lesson.id) {
            curriculumProblem(
                "\(lessonPath(i))", "checkpoint \"\(lesson.id)\" is not probed by any question in \(questionsFile)")
        }
        for gap in ApplicabilityCoverage(curriculum: curriculum, bank: bank).uncovered() {
            curriculumProblem(
                gap.path,
                "mission \(gap.mission.id) has lessons for a business with \(gap.profile.summary) but no question in "
                    + "\(questionsFile) that applies to it probes them; widen a question's appliesTo or add one")
        }
        return found
    }

    private func lessonPath(_ index: Int) -> String {
        let loc = curriculum.locations[index]
        return "programs[\(loc.program)].missions[\(loc.mission)].modules[\(loc.module)].lessons[\(loc.lesson)]"
    }
}

/// Where a node sits in curriculum.json, as indexes; `text` spells the JSON path for a message.
private struct NodePath {
    var indexes: [Int]
    var text: String {
        let names = ["programs", "missions", "modules", "lessons"]
        return zip(names, indexes).map { "\($0)[\($1)]" }.joined(separator: ".")
    }
}
