import Foundation

/// How uncertain a checkpoint at probability p is, summed over checkpoints when scoring a question.
enum UncertaintyMeasure {
    /// Binary entropy in bits: what the stopping rule's `minInformation` is expressed in.
    case entropy
    /// The expected Brier score (squared error): what questions are chosen by (docs/DIAGNOSTIC.md).
    case brier

    func of(_ p: Double) -> Double {
        switch self {
        case .entropy: return KnowledgeModel.entropy(p)
        case .brier: return KnowledgeModel.brier(p)
        }
    }
}

/// One informative answer in model terms: a question index and a choice index that is not "Not sure".
struct Observation: Hashable, Sendable {
    var question: Int
    var choice: Int
}

/// Everything one inference computed, kept so a what-if answer can be scored by re-running only its program.
struct InferenceState: Sendable {
    var observations: [Observation]
    var ability: AbilityPosterior
    /// For each probed checkpoint, the observations that probe it (indexes into `observations`).
    var probing: [Int: [Int]]
    var rates: [Double]
    var evidence: [Double]
    var network: NetworkMessages
    /// P(mastered) per checkpoint.
    var beliefs: [Double]
}

/// Posterior of the ability layer: the business's stage, and given each stage the abilities on the grid
/// (business-wide, then per program, then per mission).
struct AbilityPosterior: Sendable {
    /// P(stage | answers): launch, grow, scale.
    var stage: [Double]
    /// The ability tree's posterior given each stage.
    var byStage: [StageAbility]
}

/// The ability tree's posterior given one stage.
struct StageAbility: Sendable {
    /// Missions with answers: posterior, and exp(log-likelihood - max) of their answers.
    var missions: [Int: [Double]]
    var missionLikelihood: [Int: [Double]]
    /// Programs with answers; `unansweredProgram` for the others.
    var programs: [Int: [Double]]
    var unansweredProgram: [Double]
}

/// The state of belief propagation on the prerequisite network.
struct NetworkMessages: Sendable {
    /// π_X(mastered): the prior of X given what its prerequisites' side says.
    var prior: [Double]
    /// log λ ratio of X: its own evidence plus what its dependants say.
    var support: [Double]
    /// Per edge: P(prerequisite mastered) as the dependant sees it.
    var downward: [Double]
    /// Per edge: log λ ratio the dependant sends its prerequisite.
    var upward: [Double]
}

extension KnowledgeModel {
    /// P(mastered) for every checkpoint, computed from scratch from the observations.
    func probabilities(for observations: [Observation]) -> [Double] { infer(observations).beliefs }

    /// The full inference, in three layers (docs/DIAGNOSTIC.md):
    /// 1. ability: the business's stage, and a business-wide, a per-program and a per-mission ability on a grid,
    ///    updated exactly from every answer;
    /// 2. evidence: each answer's likelihood, marginalised onto each probed checkpoint (BLIM response model);
    /// 3. prerequisites: loopy belief propagation over the prerequisite network (noisy-AND: a checkpoint is rarely
    ///    mastered while one of its prerequisites is missing).
    ///
    /// `satisfied` lists checkpoints that do not apply to the business: they enter the prerequisite layer as held
    /// (strong evidence of mastery), so a lesson built on one is not pulled down by it; the ability layer never
    /// sees them.
    /// `stageLikelihood` (from the business profile) multiplies the stage prior: the first guess.
    func infer(_ observations: [Observation], satisfied: [Int] = [], stageLikelihood: [Double]? = nil)
        -> InferenceState
    {
        let ability = abilityPosterior(for: observations, stageLikelihood: stageLikelihood)
        var probing: [Int: [Int]] = [:]
        for (k, observation) in observations.enumerated() {
            for i in questions[observation.question].checkpoints { probing[i, default: []].append(k) }
        }
        // Rates by difficulty class, per mission with answers, per program (its other missions), and for the rest,
        // each mixed over the stages by their posterior.
        let stages = ability.byStage
        let unansweredRates = mixedRates(ability.stage) { missionPrior(stages[$0].unansweredProgram) }
        var programRates: [Int: [Double]] = [:]
        for p in stages[0].programs.keys {
            programRates[p] = mixedRates(ability.stage) { missionPrior(stages[$0].programs[p]!) }
        }
        var missionRates: [Int: [Double]] = [:]
        for m in stages[0].missions.keys { missionRates[m] = mixedRates(ability.stage) { stages[$0].missions[m]! } }
        var rates = [Double](repeating: 0, count: checkpointCount)
        for i in 0..<checkpointCount {
            let table = missionRates[missionOf[i]] ?? programRates[programOf[i]] ?? unansweredRates
            rates[i] = table[difficultyClass[i]]
        }
        for (i, list) in probing {
            guard stages[0].missions[missionOf[i]] != nil else { continue }
            rates[i] = cavityRate(
                i, stage: ability.stage, missions: stages.map { $0.missions[missionOf[i]]! },
                observations: list.map { observations[$0] })
        }
        var evidence = [Double](repeating: 0, count: checkpointCount)
        for observation in observations { addEvidence(observation, rates: rates, to: &evidence) }
        for i in satisfied { evidence[i] += KnowledgeModel.satisfiedEvidence }
        var network = NetworkMessages(
            prior: [Double](repeating: 0, count: checkpointCount),
            support: [Double](repeating: 0, count: checkpointCount),
            downward: [Double](repeating: 1, count: edgeParent.count),
            upward: [Double](repeating: 0, count: edgeParent.count))
        propagate(&network, over: topologicalOrder, rates: rates, evidence: evidence)
        var beliefs = [Double](repeating: 0, count: checkpointCount)
        for x in 0..<checkpointCount { beliefs[x] = belief(x, network) }
        return InferenceState(
            observations: observations, ability: ability, probing: probing, rates: rates,
            evidence: evidence, network: network, beliefs: beliefs)
    }

    /// The change in summed uncertainty (`measure`) of one program's checkpoints if `observation` were added,
    /// holding the business-wide ability and every other program fixed (the what-if used to choose questions); the
    /// stage's posterior moves with the answer, but only this program's checkpoints see it.
    func uncertaintyChange(
        adding observation: Observation, to state: InferenceState, measure: UncertaintyMeasure = .entropy
    ) -> Double {
        let question = questions[observation.question]
        let p = question.program, m = question.mission
        let nodes = programNodes[p]
        let ability = state.ability
        let size = KnowledgeModel.grid.count
        // Per stage: the mission's ability absorbs the answer exactly; the program's through P(mission | program).
        // The stage's posterior moves by the answer's predicted probability under each stage.
        var newPrograms: [[Double]] = [], newMissions: [[Double]] = [], newStage = ability.stage
        for (s, tree) in ability.byStage.enumerated() {
            let likelihood = question.likelihoodByAbility[observation.choice][s]
            let programPost = tree.programs[p] ?? tree.unansweredProgram
            let missionLikelihood = tree.missionLikelihood[m] ?? [Double](repeating: 1, count: size)
            var newProgram = programPost
            for tp in 0..<size {
                var z = 0.0, zNew = 0.0
                for tm in 0..<size {
                    let w = missionTransition[tp][tm] * missionLikelihood[tm]
                    z += w; zNew += w * likelihood[tm]
                }
                newProgram[tp] *= zNew / max(z, 1e-300)
            }
            newPrograms.append(KnowledgeModel.normalized(newProgram))
            var newMission = tree.missions[m] ?? missionPrior(programPost)
            var predicted = 0.0
            for t in 0..<size { newMission[t] *= likelihood[t]; predicted += newMission[t] }
            newStage[s] *= predicted
            newMissions.append(KnowledgeModel.normalized(newMission))
        }
        newStage = KnowledgeModel.normalized(newStage)
        let missionRates = mixedRates(newStage) { newMissions[$0] }
        let otherRates = mixedRates(newStage) { missionPrior(newPrograms[$0]) }
        var rates = state.rates
        let probed = Set(question.checkpoints)
        let answered = ability.byStage[0].missions
        for i in nodes {
            let mi = missionOf[i]
            if mi != m && answered[mi] != nil { continue }  // another answered mission: held fixed
            var list = (state.probing[i] ?? []).map { state.observations[$0] }
            if probed.contains(i) { list.append(observation) }
            if mi == m {
                rates[i] =
                    list.isEmpty
                    ? missionRates[difficultyClass[i]]
                    : cavityRate(i, stage: newStage, missions: newMissions, observations: list)
            } else {
                rates[i] = otherRates[difficultyClass[i]]
            }
        }
        var evidence = state.evidence
        addEvidence(observation, rates: rates, to: &evidence)
        var network = state.network
        propagate(&network, over: nodes, rates: rates, evidence: evidence)
        var change = 0.0
        for i in nodes {
            change += measure.of(belief(i, network)) - measure.of(state.beliefs[i])
        }
        // Checkpoints of other programs probed by the question also get its direct evidence.
        for i in question.checkpoints where programOf[i] != p {
            let updated = KnowledgeModel.logistic(
                KnowledgeModel.logit(state.beliefs[i]) + evidence[i] - state.evidence[i])
            change += measure.of(updated) - measure.of(state.beliefs[i])
        }
        return change
    }

    private func belief(_ x: Int, _ network: NetworkMessages) -> Double {
        KnowledgeModel.logistic(KnowledgeModel.logit(network.prior[x]) + network.support[x])
    }

    var difficultyClassCount: Int { masteryByClass[0].count }

    /// Rate of every difficulty class, mixed over the stages: `ability(s)` is the mission ability given stage s.
    private func mixedRates(_ stage: [Double], _ ability: (Int) -> [Double]) -> [Double] {
        var rates = [Double](repeating: 0, count: difficultyClassCount)
        for s in stage.indices where stage[s] > 0 {
            let a = ability(s)
            for c in rates.indices {
                let mastery = masteryByClass[s][c]
                var r = 0.0
                for t in 0..<a.count { r += a[t] * mastery[t] }
                rates[c] += stage[s] * r
            }
        }
        return rates.map { min(max($0, 1e-4), 1 - 1e-4) }
    }

    /// The rate of a directly probed checkpoint with its own answers left out of the joint posterior of the stage
    /// and its mission's ability (a cavity prior), so layer 2 does not count those answers twice.
    private func cavityRate(_ i: Int, stage: [Double], missions: [[Double]], observations: [Observation]) -> Double {
        let size = KnowledgeModel.grid.count
        let mastery = masteryByClass.map { $0[difficultyClass[i]] }
        let own = observations.filter { questions[$0.question].mission == missionOf[i] }
        var total = 0.0, masteredTotal = 0.0
        for s in stage.indices {
            for t in 0..<size {
                var w = stage[s] * missions[s][t]
                // An answer's likelihood is at least its noise share, so the division stays finite.
                for observation in own {
                    w /= questions[observation.question].likelihoodByAbility[observation.choice][s][t]
                }
                total += w; masteredTotal += w * mastery[s][t]
            }
        }
        return min(max(total > 0 ? masteredTotal / total : 0.5, 1e-4), 1 - 1e-4)
    }

    // MARK: 1. Ability layer

    /// Exact posterior of the ability layer: for each stage, the three-level tree over the grid (answers depend on
    /// their mission's ability and the stage, missions on their program's ability, programs on the business's),
    /// summed exactly; the stages are then weighed by the evidence each gives the answers.
    func abilityPosterior(for observations: [Observation], stageLikelihood: [Double]? = nil) -> AbilityPosterior {
        var trees: [StageAbility] = []
        var logStage = logStagePrior
        if let stageLikelihood, stageLikelihood.count == logStage.count {
            for s in logStage.indices { logStage[s] += log(max(stageLikelihood[s], 1e-9)) }
        }
        for s in 0..<KnowledgeModel.stageCount {
            let (tree, logEvidence) = abilityTree(for: observations, stage: s)
            trees.append(tree)
            logStage[s] += logEvidence
        }
        return AbilityPosterior(stage: KnowledgeModel.normalizedExp(logStage), byStage: trees)
    }

    /// The ability tree given one stage, and log P(answers | stage).
    private func abilityTree(for observations: [Observation], stage s: Int) -> (StageAbility, Double) {
        let size = KnowledgeModel.grid.count
        var missionLogLikelihood: [Int: [Double]] = [:]
        for observation in observations {
            let question = questions[observation.question]
            let add = question.logLikelihoodByAbility[observation.choice][s]
            var current = missionLogLikelihood[question.mission] ?? [Double](repeating: 0, count: size)
            for t in 0..<size { current[t] += add[t] }
            missionLogLikelihood[question.mission] = current
        }
        // Upward: each answered mission's evidence as a function of its program's ability. `logScale` keeps what
        // the scaling took out, so the stages' evidences stay comparable.
        var logScale = 0.0
        var missionLikelihood: [Int: [Double]] = [:]
        var missionEvidence: [Int: [Double]] = [:]  // Z_m(tp) = sum_tm T[tp][tm] L_m(tm)
        var programLogLikelihood: [Int: [Double]] = [:]
        for m in missionLogLikelihood.keys.sorted() {
            let logs = missionLogLikelihood[m]!
            logScale += logs.max() ?? 0
            let scaled = KnowledgeModel.scaledExp(logs)
            let z = KnowledgeModel.propagateUp(scaled, through: missionTransition)
            missionLikelihood[m] = scaled; missionEvidence[m] = z
            var current = programLogLikelihood[missionProgram[m]] ?? [Double](repeating: 0, count: size)
            for t in 0..<size { current[t] += log(max(z[t], 1e-300)) }
            programLogLikelihood[missionProgram[m]] = current
        }
        var logGlobal = logGlobalPrior
        var programLikelihood: [Int: [Double]] = [:], programEvidence: [Int: [Double]] = [:]
        for p in programLogLikelihood.keys.sorted() {
            let logs = programLogLikelihood[p]!
            logScale += logs.max() ?? 0
            let scaled = KnowledgeModel.scaledExp(logs)
            let z = KnowledgeModel.propagateUp(scaled, through: transition)
            programLikelihood[p] = scaled; programEvidence[p] = z
            for g in 0..<size { logGlobal[g] += log(max(z[g], 1e-300)) }
        }
        let top = logGlobal.max() ?? 0
        let logEvidence = logScale + top + log(logGlobal.reduce(0) { $0 + exp($1 - top) })
        let global = KnowledgeModel.normalizedExp(logGlobal)

        // Downward: posterior of each answered program, then of each answered mission.
        func down(_ parent: [Double], _ matrix: [[Double]], likelihood: [Double]? = nil, evidence: [Double]? = nil)
            -> [Double]
        {
            var post = [Double](repeating: 0, count: size)
            for a in 0..<size {
                let weight = parent[a] / max(evidence?[a] ?? 1, 1e-300)
                for b in 0..<size { post[b] += weight * matrix[a][b] * (likelihood?[b] ?? 1) }
            }
            return KnowledgeModel.normalized(post)
        }
        let unansweredProgram = down(global, transition)
        var programs: [Int: [Double]] = [:]
        for (p, scaled) in programLikelihood {
            programs[p] = down(global, transition, likelihood: scaled, evidence: programEvidence[p]!)
        }
        var missions: [Int: [Double]] = [:]
        for (m, scaled) in missionLikelihood {
            missions[m] = down(
                programs[missionProgram[m]]!, missionTransition, likelihood: scaled, evidence: missionEvidence[m]!)
        }
        return (
            StageAbility(
                missions: missions, missionLikelihood: missionLikelihood, programs: programs,
                unansweredProgram: unansweredProgram), logEvidence
        )
    }

    /// P(mission ability) for a mission without answers, given its program's ability distribution.
    func missionPrior(_ program: [Double]) -> [Double] {
        var prior = [Double](repeating: 0, count: program.count)
        for a in program.indices { for b in program.indices { prior[b] += program[a] * missionTransition[a][b] } }
        return prior
    }

    // MARK: 2. Direct evidence

    /// Adds the log-likelihood ratio (mastered vs not) one answer gives each checkpoint it probes; the question's
    /// other checkpoints are summed out with their ability-layer rates.
    func addEvidence(_ observation: Observation, rates: [Double], to evidence: inout [Double]) {
        let question = questions[observation.question]
        let likelihood = question.likelihood[observation.choice]
        let k = question.checkpoints.count
        for j in 0..<k {
            var mastered = 0.0, missing = 0.0
            for c in 0..<(1 << k) {
                var weight = likelihood[c]
                for other in 0..<k where other != j {
                    let r = rates[question.checkpoints[other]]
                    weight *= (c >> other) & 1 == 1 ? r : 1 - r
                }
                if (c >> j) & 1 == 1 { mastered += weight } else { missing += weight }
            }
            evidence[question.checkpoints[j]] += log(max(mastered, 1e-300) / max(missing, 1e-300))
        }
    }

    // MARK: 3. Prerequisite propagation

    /// Pearl's message passing on the prerequisite network over `nodes` (in topological order), messages on other
    /// edges held fixed: exact on a forest, the standard loopy approximation where prerequisites form diamonds.
    /// CPT of checkpoint X (noisy-AND): P(X | all prerequisites mastered) = rate(X),
    /// P(X | some prerequisite missing) = min(rate(X), missingPrerequisiteRate).
    func propagate(_ network: inout NetworkMessages, over nodes: [Int], rates: [Double], evidence: [Double]) {
        func sweepDown() {
            for x in nodes {
                var allMastered = 1.0
                for e in parentEdgeStart[x]..<parentEdgeStart[x + 1] { allMastered *= network.downward[e] }
                let floor = min(rates[x], KnowledgeModel.missingPrerequisiteRate)
                let prior = floor + (rates[x] - floor) * allMastered
                network.prior[x] = prior
                var support = evidence[x]
                for k in childEdgeStart[x]..<childEdgeStart[x + 1] { support += network.upward[childEdges[k]] }
                network.support[x] = support
                let logitPrior = KnowledgeModel.logit(prior)
                for k in childEdgeStart[x]..<childEdgeStart[x + 1] {
                    let e = childEdges[k]
                    network.downward[e] = KnowledgeModel.logistic(logitPrior + support - network.upward[e])
                }
            }
        }
        func sweepUp() {
            for x in nodes.reversed() {
                var support = evidence[x]
                for k in childEdgeStart[x]..<childEdgeStart[x + 1] { support += network.upward[childEdges[k]] }
                network.support[x] = support
                let start = parentEdgeStart[x], end = parentEdgeStart[x + 1]
                guard start < end else { continue }
                let s = KnowledgeModel.logistic(support)  // normalised λ_X(mastered)
                let floor = min(rates[x], KnowledgeModel.missingPrerequisiteRate)
                for e in start..<end {
                    var others = 1.0
                    for f in start..<end where f != e { others *= network.downward[f] }
                    let ifMastered = floor + (rates[x] - floor) * others
                    let lambdaMastered = s * ifMastered + (1 - s) * (1 - ifMastered)
                    let lambdaMissing = s * floor + (1 - s) * (1 - floor)
                    network.upward[e] = log(lambdaMastered / lambdaMissing)
                }
            }
        }
        sweepDown()
        for _ in 0..<KnowledgeModel.propagationRounds { sweepUp(); sweepDown() }
    }

    // MARK: Helpers

    static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
    static func logit(_ p: Double) -> Double { log(p / (1 - p)) }

    static func normalized(_ v: [Double]) -> [Double] {
        let sum = v.reduce(0, +)
        return sum > 0 ? v.map { $0 / sum } : v.map { _ in 1 / Double(v.count) }
    }

    static func scaledExp(_ logs: [Double]) -> [Double] {
        let top = logs.max() ?? 0
        return logs.map { exp($0 - top) }
    }

    /// z[a] = sum_b matrix[a][b] * likelihood[b]: a child level's evidence seen from its parent level.
    static func propagateUp(_ likelihood: [Double], through matrix: [[Double]]) -> [Double] {
        matrix.map { row in zip(row, likelihood).reduce(0) { $0 + $1.0 * $1.1 } }
    }

    static func normalizedExp(_ logs: [Double]) -> [Double] {
        let top = logs.max() ?? 0
        return normalized(logs.map { exp($0 - top) })
    }

    /// Expected Brier score of the estimate p when the truth is drawn from p, p(1 − p), times 4 so that, like the
    /// entropy in bits, it is 1 at p = ½ and 0 at certainty.
    static func brier(_ p: Double) -> Double { 4 * p * (1 - p) }

    /// Binary entropy in bits.
    static func entropy(_ p: Double) -> Double {
        guard p > 1e-12, p < 1 - 1e-12 else { return 0 }
        return -(p * log2(p) + (1 - p) * log2(1 - p))
    }
}
