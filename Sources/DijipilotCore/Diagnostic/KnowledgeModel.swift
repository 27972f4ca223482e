import Foundation

/// Everything about a course that the diagnostic can compute once, before the first question: the prerequisite
/// network in array form, each question's response model, and the ability grid. Immutable and shared by every
/// copy of a session, so copying a `DiagnosticSession` stays cheap. docs/DIAGNOSTIC.md explains the model.
final class KnowledgeModel: Sendable {
    // MARK: Parameters (see docs/DIAGNOSTIC.md for their meaning and how they were chosen)

    /// Careless error / lucky guess: the chance an answer is a random other option (BLIM's slip and guess). Set a little
    /// above the simulated founders' 10% because the response model is only approximately right (ties, "partly" options).
    static let answerNoise = 0.12
    /// How sharply a founder picks the option closest to the truth.
    static let responseSharpness = 5.0
    /// Where a business that has not mastered a checkpoint places itself on the 0...1 evidence scale.
    static let notMasteredPosition = 0.1
    /// P(mastered | some prerequisite missing): rare, but not impossible in a real business.
    static let missingPrerequisiteRate = 0.04
    /// Ability grid (logit scale) shared by the business-wide, program and mission abilities; spreads are the
    /// standard deviations of the business around 0 (small: the stage carries where a business stands), of a program
    /// around the business and of a mission around its program.
    static let grid: [Double] = stride(from: -4.5, through: 4.5, by: 0.75).map { $0 }
    static let globalSpread = 0.3
    static let programSpread = 1.1
    static let missionSpread = 0.9
    /// The business's stage (launch, grow, scale): a discrete state that decides which learning paths are within
    /// reach, beside the smooth abilities that say how strong the business is in a program or mission.
    static let stagePrior: [Double] = [0.4, 0.35, 0.25]
    /// Log-likelihood ratio given to a not-applicable checkpoint in the prerequisite layer: about 10,000 to 1 for
    /// "held", so it neither blocks nor drags down the lessons built on it.
    static let satisfiedEvidence = log(10_000.0)
    /// stageTerm[stage][path]: added to the mission's ability for a checkpoint of that path at that stage. Paths at
    /// or below the stage are within easy reach, the next one is hard, the one after very hard.
    static let stageTerm: [[Double]] = [[2.4, -0.8, -2.4], [2.4, 2.4, -0.8], [2.4, 2.4, 2.4]]
    static var stageCount: Int { stagePrior.count }
    static let difficultyOffset: [Double] = [-0.4, 0.0, 0.4]
    /// Loopy belief propagation rounds (each a downward then an upward sweep, then a final downward one).
    static let propagationRounds = 2

    // MARK: Curriculum structure

    let checkpointCount: Int
    let programCount: Int
    let programOf: [Int]
    /// Global mission number of each checkpoint, the program of each mission, and each program's missions.
    let missionOf: [Int]
    let missionProgram: [Int]
    let programMissions: [[Int]]
    /// pathRank * 3 + difficultyRank: the 9 difficulty classes.
    let difficultyClass: [Int]
    /// Lessons in an order where every prerequisite comes before its dependants.
    let topologicalOrder: [Int]
    /// Edge e runs from prerequisite `edgeParent[e]` to dependant `edgeChild[e]`; a node's parent edges are
    /// `parentEdgeStart[i]..<parentEdgeStart[i+1]`, its child edges are `childEdges[childEdgeStart[i]..<childEdgeStart[i+1]]`.
    let edgeParent: [Int]
    let edgeChild: [Int]
    let parentEdgeStart: [Int]
    let childEdgeStart: [Int]
    let childEdges: [Int]
    /// Each program's checkpoints in topological order: the region a what-if answer re-propagates.
    let programNodes: [[Int]]

    // MARK: Questions

    struct QuestionModel: Sendable {
        /// Indexes of the probed checkpoints (unknown ids dropped).
        var checkpoints: [Int]
        var program: Int
        var mission: Int
        /// Per choice: P(choice | configuration) for the 2^k mastery configurations (bit j = checkpoint j mastered);
        /// empty for "Not sure", which says nothing.
        var likelihood: [[Double]]
        /// Per choice and stage: log P(choice | stage, mission ability at each grid point), for the ability layer.
        var logLikelihoodByAbility: [[[Double]]]
        /// The same, exponentiated.
        var likelihoodByAbility: [[[Double]]]
        func isInformative(_ choice: Int) -> Bool { !likelihood[choice].isEmpty }
    }
    let questions: [QuestionModel]
    let questionIndexByID: [String: Int]
    /// How many questions probe each checkpoint.
    let questionCountByCheckpoint: [Int]

    // MARK: Ability layer

    let logGlobalPrior: [Double]
    /// transition[g][t] = P(program ability t | business ability g), rows sum to 1.
    let transition: [[Double]]
    /// missionTransition[p][m] = P(mission ability m | program ability p), rows sum to 1.
    let missionTransition: [[Double]]
    /// log P(stage) before any answer.
    let logStagePrior: [Double]
    /// masteryByClass[s][c][t] = P(mastered | stage s, mission ability grid[t]) for difficulty class c.
    let masteryByClass: [[[Double]]]

    init(course: CourseData) {
        let curriculum = course.curriculum
        let lessons = curriculum.lessons
        let n = lessons.count
        checkpointCount = n
        programCount = curriculum.programs.count
        programOf = curriculum.locations.map(\.program)
        var missionProgram: [Int] = [], programMissions: [[Int]] = []
        for (p, program) in curriculum.programs.enumerated() {
            programMissions.append([])
            for _ in program.missions {
                programMissions[p].append(missionProgram.count)
                missionProgram.append(p)
            }
        }
        missionOf = curriculum.locations.map { programMissions[$0.program][$0.mission] }
        self.missionProgram = missionProgram
        self.programMissions = programMissions
        difficultyClass = lessons.map { $0.path.rank * 3 + $0.difficulty.rank }

        // Prerequisite edges in compressed form.
        let graph = PrerequisiteGraph(curriculum: curriculum)
        var parents = graph.prerequisites.map { Array(Set($0)).sorted() }
        let order = KnowledgeModel.topologicalOrder(parents: parents)
        // An edge that closes a cycle (invalid data) is dropped so propagation stays well defined.
        var position = [Int](repeating: 0, count: n)
        for (k, i) in order.enumerated() { position[i] = k }
        for i in 0..<n { parents[i] = parents[i].filter { position[$0] < position[i] } }
        topologicalOrder = order
        var edgeParent: [Int] = [], edgeChild: [Int] = [], parentEdgeStart: [Int] = [0]
        var childLists = [[Int]](repeating: [], count: n)
        for i in 0..<n {
            for p in parents[i] {
                childLists[p].append(edgeParent.count)
                edgeParent.append(p); edgeChild.append(i)
            }
            parentEdgeStart.append(edgeParent.count)
        }
        self.edgeParent = edgeParent; self.edgeChild = edgeChild; self.parentEdgeStart = parentEdgeStart
        var childEdgeStart = [0], childEdges: [Int] = []
        for i in 0..<n { childEdges += childLists[i]; childEdgeStart.append(childEdges.count) }
        self.childEdgeStart = childEdgeStart; self.childEdges = childEdges
        var programNodes = [[Int]](repeating: [], count: curriculum.programs.count)
        for i in order { programNodes[programOf[i]].append(i) }
        self.programNodes = programNodes

        // Ability layer.
        let grid = KnowledgeModel.grid
        let globalPrior = grid.map {
            exp(-0.5 * ($0 / KnowledgeModel.globalSpread) * ($0 / KnowledgeModel.globalSpread))
        }
        let priorSum = globalPrior.reduce(0, +)
        logGlobalPrior = globalPrior.map { log($0 / priorSum) }
        func transitionMatrix(_ spread: Double) -> [[Double]] {
            grid.map { g in
                let row = grid.map { t in exp(-0.5 * ((t - g) / spread) * ((t - g) / spread)) }
                let sum = row.reduce(0, +)
                return row.map { $0 / sum }
            }
        }
        transition = transitionMatrix(KnowledgeModel.programSpread)
        missionTransition = transitionMatrix(KnowledgeModel.missionSpread)
        let stageSum = KnowledgeModel.stagePrior.reduce(0, +)
        logStagePrior = KnowledgeModel.stagePrior.map { log($0 / stageSum) }
        let masteryByClass: [[[Double]]] = KnowledgeModel.stageTerm.map { terms in
            (0..<9).map { c in
                let shift = terms[c / 3] - KnowledgeModel.difficultyOffset[c % 3]
                return grid.map { 1 / (1 + exp(-($0 + shift))) }
            }
        }
        self.masteryByClass = masteryByClass

        // Questions.
        let index = curriculum.indexByID
        var questionIndexByID: [String: Int] = [:]
        var counts = [Int](repeating: 0, count: n)
        var models: [QuestionModel] = []
        for question in course.bank.questions {
            if questionIndexByID[question.id] == nil { questionIndexByID[question.id] = models.count }
            var seen = Set<Int>()
            let probed = question.checkpoints.compactMap { index[$0] }.filter { seen.insert($0).inserted }.prefix(6)
            for i in probed { counts[i] += 1 }
            models.append(
                KnowledgeModel.questionModel(
                    question, probed: Array(probed), curriculum: curriculum,
                    missionOf: missionOf, missionProgram: missionProgram,
                    difficultyClass: difficultyClass,
                    masteryByClass: masteryByClass))
        }
        questions = models
        self.questionIndexByID = questionIndexByID
        questionCountByCheckpoint = counts
    }

    /// Kahn's algorithm, taking the lowest index first so the order is deterministic; nodes left on a cycle follow in index order.
    private static func topologicalOrder(parents: [[Int]]) -> [Int] {
        let n = parents.count
        var remaining = parents.map(\.count)
        var children = [[Int]](repeating: [], count: n)
        for i in 0..<n { for p in parents[i] { children[p].append(i) } }
        var order: [Int] = []
        order.reserveCapacity(n)
        var ready = (0..<n).filter { remaining[$0] == 0 }.reversed().map { $0 }  // a stack, smallest on top
        var placed = [Bool](repeating: false, count: n)
        while let i = ready.popLast() {
            order.append(i); placed[i] = true
            for c in children[i].reversed() {
                remaining[c] -= 1
                if remaining[c] == 0 { ready.append(c) }
            }
        }
        if order.count < n { order += (0..<n).filter { !placed[$0] } }
        return order
    }

    /// The response model of one question: a founder picks the option whose evidence lies closest to the truth,
    /// except for an `answerNoise` share of careless or lucky answers spread over the other options.
    private static func questionModel(
        _ question: Question, probed: [Int], curriculum: Curriculum, missionOf: [Int],
        missionProgram: [Int], difficultyClass: [Int],
        masteryByClass: [[[Double]]]
    ) -> QuestionModel {
        let choices = question.choices
        let k = probed.count
        let configurations = 1 << k
        let informative = choices.indices.filter { !choices[$0].isNotSure }
        let ids = probed.map { curriculum.lessons[$0].id }
        // score[o][c] = exp(-sharpness * distance between option o's evidence and configuration c)
        var score = [[Double]](repeating: [Double](repeating: 0, count: configurations), count: choices.count)
        for o in informative {
            for c in 0..<configurations {
                var distance = 0.0
                for j in 0..<k {
                    let truth = (c >> j) & 1 == 1 ? 1.0 : notMasteredPosition
                    distance += abs((choices[o].evidence[ids[j]] ?? 0.5) - truth)
                }
                score[o][c] = exp(-responseSharpness * distance)
            }
        }
        var likelihood = [[Double]](repeating: [], count: choices.count)
        let noiseShare = informative.count > 1 ? answerNoise / Double(informative.count - 1) : 0
        for o in informative {
            likelihood[o] = (0..<configurations).map { c in
                let total = informative.reduce(0.0) { $0 + score[$1][c] }
                let chosen = score[o][c] / total
                return (1 - answerNoise - noiseShare) * chosen + noiseShare
            }
        }
        // The question's mission: the one most of its checkpoints belong to (the first on a tie).
        var mission = probed.first.map { missionOf[$0] } ?? 0
        var best = 0
        for i in probed {
            let count = probed.filter { missionOf[$0] == missionOf[i] }.count
            if count > best { best = count; mission = missionOf[i] }
        }
        let logLikelihoodByAbility: [[[Double]]] = choices.indices.map { o in
            guard !likelihood[o].isEmpty else { return [] }
            return masteryByClass.map { mastery in
                grid.indices.map { t in
                    var total = 0.0
                    for c in 0..<configurations {
                        var p = likelihood[o][c]
                        for j in 0..<k {
                            let m = mastery[difficultyClass[probed[j]]][t]
                            p *= (c >> j) & 1 == 1 ? m : 1 - m
                        }
                        total += p
                    }
                    return log(max(total, 1e-300))
                }
            }
        }
        return QuestionModel(
            checkpoints: probed, program: missionProgram[mission], mission: mission, likelihood: likelihood,
            logLikelihoodByAbility: logLikelihoodByAbility,
            likelihoodByAbility: logLikelihoodByAbility.map { $0.map { $0.map { exp($0) } } })
    }
}
