import DijipilotCore

/// Where each program's, mission's and module's lessons sit in curriculum order, as ranges of lesson indexes.
/// Built once per curriculum (`AppState` keeps it) by walking the groups only, never the lessons, so it stays
/// cheap at 10,000 lessons; the tree and the heatmap read it on every key and frame.
struct LessonRanges: Sendable {
    private(set) var programs: [Range<Int>] = []
    /// By program, then mission.
    private(set) var missions: [[Range<Int>]] = []
    /// By program, mission, then module.
    private(set) var modules: [[[Range<Int>]]] = []

    init(_ curriculum: Curriculum) {
        var start = 0
        for program in curriculum.programs {
            let programStart = start
            var missions: [Range<Int>] = []
            var modulesByMission: [[Range<Int>]] = []
            for mission in program.missions {
                let missionStart = start
                var modules: [Range<Int>] = []
                for module in mission.modules {
                    modules.append(start..<(start + module.lessons.count))
                    start += module.lessons.count
                }
                missions.append(missionStart..<start)
                modulesByMission.append(modules)
            }
            self.programs.append(programStart..<start)
            self.missions.append(missions)
            self.modules.append(modulesByMission)
        }
    }
}
