import ArgumentParser
import DijipilotCore
import Foundation

struct GenerateCurriculumCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-curriculum",
        abstract: "Write a synthetic, valid curriculum and question bank of any size (for benchmarks and scale tests).")

    @Option(help: "How many checkpoints (lessons).") var checkpoints: Int = 10_000
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(help: ArgumentHelp("Folder to write curriculum.json and questions.json into.", valueName: "dir"))
    var output: String

    func validate() throws {
        guard (1...200_000).contains(checkpoints) else {
            throw ValidationError("--checkpoints must be between 1 and 200000")
        }
    }

    func run() throws {
        try guarded {
            let folder = URL(fileURLWithPath: (output as NSString).expandingTildeInPath)
            let course = CurriculumGenerator.generate(checkpoints: checkpoints, seed: seed)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try CurriculumGenerator.writeFolder(course, to: folder)
            } catch {
                throw CommandFailure(
                    status: ExitStatus.problemsFound,
                    message: "could not write \(folder.path): \(error.localizedDescription)")
            }
            let c = course.curriculum
            print(
                "wrote \(folder.path): \(c.programs.count) programs, \(c.missionCount) missions, \(c.lessons.count) checkpoints, \(course.bank.questions.count) questions"
            )
        }
    }
}

/// Hidden: saves the progress file in a loop and acknowledges each save, for the crash-safety test that
/// SIGKILLs it mid-save and checks nothing acknowledged was lost.
struct ProgressStressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "progress-stress", shouldDisplay: false)

    @OptionGroup var progressOptions: ProgressOptions
    @Option(help: "Stop after this many saves.") var count: Int = 1_000_000

    func run() throws {
        try guarded {
            let (store, lock, loaded) = try progressOptions.openForWriting()
            defer { lock.release() }
            var progress = loaded
            if progress.inProgress == nil {
                progress.inProgress = InProgressDiagnostic(
                    startedAt: Date(), contentHash: "stress", seed: 0, maxQuestions: 30)
            }
            for n in 0..<count {
                progress.inProgress?.answers.append(RecordedAnswer(questionID: "q-stress-\(n)", choice: n % 4))
                try progressOptions.save(progress, to: store)
                FileHandle.standardOutput.write(Data("ack \(progress.inProgress?.answers.count ?? 0)\n".utf8))
            }
        }
    }
}
