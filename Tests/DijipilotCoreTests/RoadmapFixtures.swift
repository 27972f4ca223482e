import Foundation

@testable import DijipilotCore

/// Hand-made curricula and results for roadmap, progress and export tests.
enum RoadmapFixtures {
    struct L {
        var id: String
        var prerequisites: [String] = []
        var path: LearningPath = .launch
        var difficulty: Difficulty = .beginner
        var minutes: Int = 30
        var title: String? = nil
    }

    static func lesson(_ l: L) -> Lesson {
        Lesson(
            id: l.id, title: l.title ?? "Lesson \(l.id)", difficulty: l.difficulty, path: l.path, minutes: l.minutes,
            checkpoint: "The business does \(l.id).", prerequisites: l.prerequisites,
            summary: LessonSummary(what: "w", why: "y", keyPoints: ["k"], dos: ["d"], donts: ["n"]))
    }

    /// One program "P" with one mission and module holding the lessons.
    static func curriculum(_ lessons: [L]) -> Curriculum {
        Curriculum(
            title: "Test",
            programs: [
                Program(
                    id: "P", title: "Program P", summary: "s",
                    missions: [
                        Mission(
                            id: "P.1", title: "Mission P.1", summary: "s",
                            modules: [
                                Module(id: "P.1.1", title: "Module P.1.1", lessons: lessons.map(lesson))
                            ])
                    ])
            ])
    }

    /// A result giving each listed lesson a state (probability chosen to match); the others mastered.
    static func result(
        _ curriculum: Curriculum, _ states: [String: (CheckpointState, Double)],
        questionsAsked: Int = 10, finishedEarly: Bool = false
    ) -> DiagnosticResult {
        let checkpoints = curriculum.lessons.map { lesson -> CheckpointResult in
            let (state, p) = states[lesson.id] ?? (.mastered, 0.95)
            return CheckpointResult(id: lesson.id, state: state, probability: p)
        }
        func score(_ range: Range<Int>) -> Double {
            range.isEmpty ? 0 : range.reduce(0.0) { $0 + checkpoints[$1].probability } / Double(range.count)
        }
        let programs = zip(curriculum.programs, curriculum.programRanges).map {
            MasteryScore(id: $0.id, title: $0.title, mastery: score($1))
        }
        var missions: [MasteryScore] = []
        for p in curriculum.programs.indices {
            for (mission, range) in zip(curriculum.programs[p].missions, curriculum.missionRanges(inProgram: p)) {
                missions.append(MasteryScore(id: mission.id, title: mission.title, mastery: score(range)))
            }
        }
        let gaps = checkpoints.filter { $0.state != .mastered }.sorted { $0.probability < $1.probability }.map(\.id)
        return DiagnosticResult(
            questionsAsked: questionsAsked, finishedEarly: finishedEarly, checkpoints: checkpoints,
            programs: programs, missions: missions, modules: [], gaps: gaps)
    }

    /// Two programs, three missions, eight lessons, with awkward characters in titles for the exports.
    static var exportCurriculum: Curriculum {
        func m(_ id: String, _ title: String, _ lessons: [L]) -> Mission {
            Mission(
                id: id, title: title, summary: "s",
                modules: [Module(id: id + ".1", title: "Module \(id).1", lessons: lessons.map(lesson))])
        }
        return Curriculum(
            title: "Export test",
            programs: [
                Program(
                    id: "6", title: "Business Strategy & Company Management", summary: "s",
                    missions: [
                        m(
                            "6.12", "Business Continuity: \"Hit by a Bus\" <plan>",
                            [
                                L(
                                    id: "6.12.1.1", path: .scale, difficulty: .advanced, minutes: 15,
                                    title: "Continuity vs. Disaster Recovery"),
                                L(
                                    id: "6.12.1.2", prerequisites: ["6.12.1.1"], path: .scale, minutes: 20,
                                    title: "Backup owners for every account"),
                                L(
                                    id: "6.12.2.1", prerequisites: ["6.12.1.2"], path: .scale,
                                    difficulty: .intermediate, minutes: 25, title: "2FA recovery codes *stored* safely"),
                            ]),
                        m(
                            "6.13", "Cash & Runway",
                            [
                                L(id: "6.13.1.1", path: .launch, minutes: 30, title: "Know your monthly burn"),
                                L(
                                    id: "6.13.1.2", prerequisites: ["6.13.1.1"], path: .grow, difficulty: .intermediate,
                                    minutes: 45, title: "A 13-week cash forecast"),
                            ]),
                    ]),
                Program(
                    id: "7", title: "Marketing", summary: "s",
                    missions: [
                        m(
                            "7.1", "Email",
                            [
                                L(id: "7.1.1.1", path: .launch, minutes: 20, title: "Capture emails at checkout"),
                                L(
                                    id: "7.1.1.2", prerequisites: ["7.1.1.1"], path: .grow, minutes: 40,
                                    title: "A welcome sequence"),
                                L(
                                    id: "7.1.1.3", path: .grow, difficulty: .advanced, minutes: 200,
                                    title: "Segmentation by lifetime value"),
                            ])
                    ]),
            ])
    }

    static var exportResult: DiagnosticResult {
        result(
            exportCurriculum,
            [
                "6.12.1.2": (.missing, 0.1), "6.12.2.1": (.missing, 0.05), "6.13.1.2": (.uncertain, 0.55),
                "7.1.1.1": (.missing, 0.2), "7.1.1.2": (.missing, 0.15), "7.1.1.3": (.uncertain, 0.45),
            ], questionsAsked: 12, finishedEarly: true)
    }

    static let day = Date(timeIntervalSince1970: 1_740_821_400)  // 2025-03-01T09:30:00Z
}
