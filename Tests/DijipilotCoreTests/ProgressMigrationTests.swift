import Foundation
import Testing

@testable import DijipilotCore

@Suite("Progress file migration")
struct ProgressMigrationTests {
    /// The first layout: no schemaVersion, business name and weekly hours at the top, notes as a list.
    static let versionZero = """
        {
          "businessName": "Acme",
          "hoursPerWeek": 5,
          "diagnostics": [],
          "notes": [
            {"lesson": "6.12.1.1", "text": "Ask Sam"},
            {"lesson": "6.12.1.1", "text": "and Kim"},
            {"lesson": "7.1.1.1", "text": "Done in Shopify"}
          ]
        }
        """

    @Test("a version 0 file loads migrated, and the disk is untouched until a save")
    func migratesInMemory() throws {
        let folder = ProgressTemporaryFolder()
        try folder.write(Self.versionZero)
        let file = try ProgressStore(url: folder.progressURL).load()
        #expect(file.schemaVersion == ProgressFile.currentSchemaVersion)
        #expect(file.profile.businessName == "Acme")
        #expect(file.settings.hoursPerWeek == 5)
        #expect(file.notes == ["6.12.1.1": "Ask Sam\nand Kim", "7.1.1.1": "Done in Shopify"])
        #expect(folder.bytes() == Data(Self.versionZero.utf8))
        #expect(!folder.exists("progress.v0.json"))
    }

    @Test("the first save keeps the original as progress.v0.json and writes the current layout")
    func keepsOriginal() throws {
        let folder = ProgressTemporaryFolder()
        try folder.write(Self.versionZero)
        let store = ProgressStore(url: folder.progressURL)
        var file = try store.load()
        file.setNote("new", lessonID: "8")
        try store.save(file)
        #expect(folder.bytes("progress.v0.json") == Data(Self.versionZero.utf8))
        #expect(String(decoding: folder.bytes()!, as: UTF8.self).contains("\"schemaVersion\" : 2"))
        #expect(try ProgressStore(url: folder.progressURL).load() == file)
        try store.save(file)
        #expect(folder.bytes("progress.v0.json") == Data(Self.versionZero.utf8))
    }

    @Test("an explicit schemaVersion 0 with notes of the wrong shape is reported, not guessed")
    func badVersionZero() throws {
        let folder = ProgressTemporaryFolder()
        let text = #"{"schemaVersion": 0, "notes": [{"lesson": 3}]}"#
        try folder.write(text)
        let error = try #require(throws: ProgressError.self) { try ProgressStore(url: folder.progressURL).load() }
        #expect(error.localizedDescription.contains("notes[0]"))
        #expect(folder.bytes() == Data(text.utf8))
    }
}
