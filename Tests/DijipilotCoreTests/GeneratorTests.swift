import DijipilotCore
import Foundation
import Testing

@Suite("Curriculum generator")
struct GeneratorTests {
    @Test("a generated folder loads and validates with no problems")
    func loadsCleanly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dijipilot-gen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let course = CurriculumGenerator.generate(checkpoints: 300, seed: 42)
        try CurriculumGenerator.writeFolder(course, to: folder)
        let loaded = try CourseLoader.load(folder: folder)
        #expect(loaded.curriculum == course.curriculum)
        #expect(loaded.bank == course.bank)
    }

    @Test("it makes exactly the requested number of checkpoints, each probed, with 18 to 200 programs")
    func shape() {
        for size in [120, 1_000] {
            let course = CurriculumGenerator.generate(checkpoints: size, seed: 1)
            let curriculum = course.curriculum
            #expect(curriculum.checkpointCount == size)
            #expect((18...200).contains(curriculum.programs.count))
            let probed = Set(course.bank.questions.flatMap(\.checkpoints))
            #expect(probed == Set(curriculum.lessons.map(\.id)))
            #expect(course.bank.questions.allSatisfy { (1...4).contains($0.checkpoints.count) })
            let perCheckpoint = Double(course.bank.questions.count) / Double(size)
            #expect(perCheckpoint > 0.5 && perCheckpoint < 0.75)
        }
    }

    @Test("prerequisites point to earlier lessons and the learning path never falls far within a program")
    func prerequisitesAndPaths() {
        let curriculum = CurriculumGenerator.generate(checkpoints: 400, seed: 9).curriculum
        for (i, lesson) in curriculum.lessons.enumerated() {
            for id in lesson.prerequisites { #expect(curriculum.indexByID[id]! < i) }
        }
        #expect(PrerequisiteGraph(curriculum: curriculum).cycles().isEmpty)
        for range in curriculum.programRanges where range.count >= 6 {
            let lessons = curriculum.lessons[range]
            #expect(lessons.first!.path <= lessons.last!.path)
        }
    }

    @Test("the same seed gives the same course; another seed another one")
    func deterministic() {
        #expect(
            CurriculumGenerator.generate(checkpoints: 150, seed: 4)
                == CurriculumGenerator.generate(checkpoints: 150, seed: 4))
        #expect(
            CurriculumGenerator.generate(checkpoints: 150, seed: 4)
                != CurriculumGenerator.generate(checkpoints: 150, seed: 5))
    }

    @Test("tiny sizes still make a valid course")
    func tiny() throws {
        for size in [1, 2, 7] {
            let course = CurriculumGenerator.generate(checkpoints: size, seed: 0)
            #expect(course.curriculum.checkpointCount == size)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "dijipilot-gen-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try CurriculumGenerator.writeFolder(course, to: folder)
            _ = try CourseLoader.load(folder: folder)
        }
    }
}
