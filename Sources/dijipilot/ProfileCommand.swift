import ArgumentParser
import DijipilotCore
import Foundation

/// `dijipilot profile`: the business the progress file belongs to, shown in the title bar and on reports.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Show or set your business name (shown in the app's title bar and on reports).")

    @Option(
        name: .customLong("business-name"),
        help: ArgumentHelp("Set the business name; an empty text removes it.", valueName: "name"))
    var businessName: String?

    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        if let businessName, businessName.count > 80 {
            throw ValidationError("--business-name is \(businessName.count) characters; keep it to 80 or fewer")
        }
        if let businessName, businessName.contains(where: { $0.isNewline }) {
            throw ValidationError("--business-name must be one line")
        }
    }

    func run() throws {
        try guarded {
            guard let businessName else {
                let (_, progress) = try progressOptions.read()
                let name = progress.profile.businessName.flatMap { $0.isEmpty ? nil : $0 }
                print("business name: \(name ?? "(not set; set it with --business-name)")")
                print("weekly study time: \(ExportFormatting.hours(progress.settings.hoursPerWeek)) a week")
                print("diagnostics taken: \(progress.diagnostics.count)")
                return
            }
            let (store, lock, loaded) = try progressOptions.openForWriting()
            defer { lock.release() }
            var progress = loaded
            let trimmed = businessName.trimmingCharacters(in: .whitespaces)
            progress.profile.businessName = trimmed.isEmpty ? nil : trimmed
            try progressOptions.save(progress, to: store)
            print(trimmed.isEmpty ? "business name removed" : "business name: \(trimmed)")
        }
    }
}
