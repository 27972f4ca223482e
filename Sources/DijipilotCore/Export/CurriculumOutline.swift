import Foundation

/// The curriculum as indented plain text: one line per node, lesson details beneath each lesson.
public enum CurriculumOutline {
    public static func text(_ curriculum: Curriculum) -> String {
        var out = "\(curriculum.title)\n"
        for program in curriculum.programs {
            out += "\(program.id)  \(program.title)\n"
            for mission in program.missions {
                out += "  \(mission.id)  \(mission.title)\n"
                for module in mission.modules {
                    out += "    \(module.id)  \(module.title)\n"
                    for lesson in module.lessons {
                        out += "      \(lesson.id)  \(lesson.title)\n"
                        out += "          \(lesson.difficulty.label) · \(lesson.path.label) · \(lesson.minutes) min\n"
                        out += "          checkpoint: \(lesson.checkpoint)\n"
                        if !lesson.prerequisites.isEmpty {
                            out += "          prerequisites: \(lesson.prerequisites.joined(separator: ", "))\n"
                        }
                    }
                }
            }
        }
        return out
    }
}
