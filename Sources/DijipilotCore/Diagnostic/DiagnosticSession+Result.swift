import Foundation

extension DiagnosticSession {
    /// The outcome so far: each checkpoint's state, mastery per program, mission and module, and the ranked gaps.
    public func result() -> DiagnosticResult {
        result(for: probabilities, questionsAsked: answers.count, finishedEarly: finishedEarly)
    }

    /// The outcome for other probabilities over the same course and profile (the team picture's combined estimate).
    func result(for probabilities: [Double], questionsAsked: Int, finishedEarly: Bool) -> DiagnosticResult {
        let curriculum = course.curriculum
        let lessons = curriculum.lessons
        let states = probabilities.map(state(for:))
        let applies = applicability.lessons
        let checkpoints = lessons.indices.filter { applies[$0] }.map {
            CheckpointResult(id: lessons[$0].id, state: states[$0], probability: probabilities[$0])
        }

        // Lessons are stored program by program, mission by mission, module by module: walk them once.
        var programs: [MasteryScore] = [], missions: [MasteryScore] = [], modules: [MasteryScore] = []
        var next = 0
        func mean(_ range: Range<Int>) -> Double {
            let counted = range.filter { applies[$0] }
            return counted.isEmpty ? 0 : counted.reduce(0) { $0 + probabilities[$1] } / Double(counted.count)
        }
        for program in curriculum.programs {
            let programStart = next
            for mission in program.missions {
                let missionStart = next
                for module in mission.modules {
                    let range = next..<(next + module.lessons.count)
                    modules.append(MasteryScore(id: module.id, title: module.title, mastery: mean(range)))
                    next = range.upperBound
                }
                missions.append(MasteryScore(id: mission.id, title: mission.title, mastery: mean(missionStart..<next)))
            }
            programs.append(MasteryScore(id: program.id, title: program.title, mastery: mean(programStart..<next)))
        }

        return DiagnosticResult(
            questionsAsked: questionsAsked, finishedEarly: finishedEarly, checkpoints: checkpoints,
            programs: programs, missions: missions, modules: modules, gaps: rankedGaps(states),
            notApplicable: applicability.notApplicableIDs(in: curriculum))
    }

    /// Which answers spoke about a checkpoint, in the order given ("Not sure" answers say nothing and are left out).
    public func answeredEvidence(for checkpointID: String) -> [(questionID: String, questionNumber: Int, label: String)]
    {
        var found: [(questionID: String, questionNumber: Int, label: String)] = []
        for (k, answer) in answers.enumerated() {
            guard let q = model.questionIndexByID[answer.questionID] else { continue }
            let question = course.bank.questions[q]
            let choices = question.choices
            guard question.checkpoints.contains(checkpointID), choices.indices.contains(answer.choice),
                !choices[answer.choice].isNotSure
            else { continue }
            found.append((question.id, k + 1, choices[answer.choice].label))
        }
        return found
    }

    func state(for p: Double) -> CheckpointState {
        if p >= config.confidence { return .mastered }
        if p <= 1 - config.confidence { return .missing }
        return .uncertain
    }

    /// Missing before uncertain; within each, the gaps that block the most other gaps first (they unlock the most),
    /// then launch before grow before scale, then curriculum order.
    func rankedGaps(_ states: [CheckpointState]) -> [String] {
        let lessons = course.curriculum.lessons
        let gaps = states.indices.filter { states[$0] != .mastered && applicability.lessons[$0] }
        var isGap = [Bool](repeating: false, count: states.count)
        for g in gaps { isGap[g] = true }
        var stamp = [Int](repeating: -1, count: states.count)
        var blocked = [Int](repeating: 0, count: states.count)
        for g in gaps {
            var stack = [g], count = 0
            stamp[g] = g
            while let x = stack.popLast() {
                for k in model.childEdgeStart[x]..<model.childEdgeStart[x + 1] {
                    let child = model.edgeChild[model.childEdges[k]]
                    guard stamp[child] != g else { continue }
                    stamp[child] = g
                    if isGap[child] { count += 1 }
                    stack.append(child)
                }
            }
            blocked[g] = count
        }
        return gaps.sorted { a, b in
            let aMissing = states[a] == .missing, bMissing = states[b] == .missing
            if aMissing != bMissing { return aMissing }
            if blocked[a] != blocked[b] { return blocked[a] > blocked[b] }
            if lessons[a].path != lessons[b].path { return lessons[a].path < lessons[b].path }
            return a < b
        }.map { lessons[$0].id }
    }
}
