import Foundation

extension KnowledgeModel {
    /// How many "what if the answer were o" inferences one choice of question may run: about the same work at
    /// any curriculum size, so a step stays within its time budget. At most 360 (the best-screened 60-70
    /// questions): with the 148-question bank, scoring every question took a step to 4 ms for no accuracy.
    var lookaheadBudget: Int {
        min(360, max(48, 4_000_000 / (checkpointCount + edgeParent.count + 64)))
    }

    /// The unasked question with the largest expected drop in the summed expected Brier score of every checkpoint,
    /// inferred ones included, or nil when no question can still teach anything. `gain` is that question's expected
    /// drop in summed entropy (bits), what the stopping rule's `minInformation` compares.
    ///
    /// Computerized adaptive testing picks the item of maximum information at the current estimate; here a cheap
    /// screen (information about the probed checkpoints, weighted by how much of the network around them is
    /// still uncertain) ranks all questions, and the best of them are scored by re-running the inference of their
    /// program for each possible answer. They are scored by the Brier score rather than the entropy because a
    /// checkpoint is read as mastered or missing at p = ½: the entropy values a move from 95% to 99% (0.21 bits) more
    /// than one from 50% to 70% (0.12), though only the second is near a reading; the Brier score weighs checkpoints
    /// near ½ more
    /// (docs/DIAGNOSTIC.md, measured on every truth model of the bench).
    func nextQuestion(state: InferenceState, asked: Set<Int>, seed: UInt64) -> (question: Int, gain: Double)? {
        let beliefs = state.beliefs
        let n = checkpointCount
        let entropies = beliefs.map(KnowledgeModel.entropy)
        var programUncertainty = [Double](repeating: 0, count: programCount)
        var programSize = [Double](repeating: 0, count: programCount)
        for i in 0..<n { programUncertainty[programOf[i]] += entropies[i]; programSize[programOf[i]] += 1 }

        var screened: [(question: Int, score: Double)] = []
        for (q, question) in questions.enumerated() where !asked.contains(q) && !question.checkpoints.isEmpty {
            let information = answerInformation(question, beliefs: beliefs)
            guard information > 1e-9 else { continue }
            var reach = 1.0
            for i in question.checkpoints {
                for e in parentEdgeStart[i]..<parentEdgeStart[i + 1] { reach += entropies[edgeParent[e]] }
                for k in childEdgeStart[i]..<childEdgeStart[i + 1] { reach += entropies[edgeChild[childEdges[k]]] }
            }
            let p = question.program
            reach += 0.5 * programUncertainty[p] / max(1, programSize[p]).squareRoot()
            screened.append((q, information * reach))
        }
        guard !screened.isEmpty else { return nil }
        screened.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            return KnowledgeModel.tieBreak(a.question, seed) < KnowledgeModel.tieBreak(b.question, seed)
        }

        // Expected Brier drop for the best-screened questions, within the budget.
        var budget = lookaheadBudget
        var best: (question: Int, gain: Double)?
        for candidate in screened {
            let choices = questions[candidate.question].likelihood.indices.filter {
                questions[candidate.question].isInformative($0)
            }
            if best != nil && budget < choices.count { break }
            budget -= choices.count
            let gain = expectedDrop(candidate.question, state: state, measure: .brier)
            if let b = best {
                let tie = abs(gain - b.gain) <= 1e-12 * max(1, abs(gain))
                if tie
                    ? KnowledgeModel.tieBreak(candidate.question, seed) < KnowledgeModel.tieBreak(b.question, seed)
                    : gain > b.gain
                {
                    best = (candidate.question, gain)
                }
            } else {
                best = (candidate.question, gain)
            }
        }
        return best.map { ($0.question, expectedDrop($0.question, state: state, measure: .entropy)) }
    }

    /// The expected drop in summed uncertainty over every checkpoint if question `q` were answered, each answer
    /// weighed by its predicted probability.
    private func expectedDrop(_ q: Int, state: InferenceState, measure: UncertaintyMeasure) -> Double {
        let question = questions[q]
        let answerProbability = answerProbabilities(question, beliefs: state.beliefs)
        var drop = 0.0
        for o in question.likelihood.indices where question.isInformative(o) && answerProbability[o] > 1e-9 {
            drop -=
                answerProbability[o]
                * uncertaintyChange(adding: Observation(question: q, choice: o), to: state, measure: measure)
        }
        return drop
    }

    /// P(choice) under the current beliefs, treating the probed checkpoints as independent.
    func answerProbabilities(_ question: QuestionModel, beliefs: [Double]) -> [Double] {
        let k = question.checkpoints.count
        let configurations = configurationProbabilities(question, beliefs: beliefs)
        return question.likelihood.map { likelihood in
            guard !likelihood.isEmpty else { return 0 }
            var p = 0.0
            for c in 0..<(1 << k) { p += likelihood[c] * configurations[c] }
            return p
        }
    }

    /// Mutual information (bits) between the answer and the probed checkpoints' states.
    func answerInformation(_ question: QuestionModel, beliefs: [Double]) -> Double {
        let k = question.checkpoints.count
        let configurations = configurationProbabilities(question, beliefs: beliefs)
        var information = 0.0
        for likelihood in question.likelihood where !likelihood.isEmpty {
            var answer = 0.0
            for c in 0..<(1 << k) { answer += likelihood[c] * configurations[c] }
            guard answer > 0 else { continue }
            for c in 0..<(1 << k) where configurations[c] > 0 && likelihood[c] > 0 {
                information += configurations[c] * likelihood[c] * log2(likelihood[c] / answer)
            }
        }
        return information
    }

    private func configurationProbabilities(_ question: QuestionModel, beliefs: [Double]) -> [Double] {
        let k = question.checkpoints.count
        return (0..<(1 << k)).map { c in
            var p = 1.0
            for j in 0..<k {
                let b = beliefs[question.checkpoints[j]]
                p *= (c >> j) & 1 == 1 ? b : 1 - b
            }
            return p
        }
    }

    /// A fixed pseudo-random rank per question and seed (SplitMix64 finaliser).
    static func tieBreak(_ question: Int, _ seed: UInt64) -> UInt64 {
        var z = seed &+ UInt64(truncatingIfNeeded: question) &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
