import ArgumentParser
import DijipilotCore
import Foundation

enum TreeFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

struct CurriculumCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curriculum",
        abstract: "Print the whole curriculum tree: ids, titles, difficulty, path, minutes, checkpoint, prerequisites.")

    @Option(help: "Output format: text (indented, for people) or json (for scripts and jq).")
    var format: TreeFormat = .text

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        try guarded {
            let course = try dataOptions.load()
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let data = try encoder.encode(course.curriculum)
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            case .text:
                print(CurriculumOutline.text(course.curriculum), terminator: "")
            }
        }
    }
}
