import ArgumentParser
import DijipilotCore
import Foundation

/// `dijipilot profile`: the business the progress file belongs to: its name (title bar, reports) and the business
/// profile that decides which lessons and questions apply.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Show or set your business name and business profile (which lessons and questions apply).",
        discussion: [
            "Each profile flag sets one answer; \"prefer-not-to-say\" answers without filtering anything, and an empty text clears the answer. Lessons whose appliesTo rules the profile out are \"not applicable\": left out of scores, gaps and the roadmap.",
            "Changing the profile recomputes the diagnostics taken on this curriculum from their saved answers and rebuilds the roadmap; answers and lessons marked done are kept.",
        ].joined(separator: "\n\n"))

    @Option(
        name: .customLong("business-name"),
        help: ArgumentHelp("Set the business name; an empty text removes it.", valueName: "name"))
    var businessName: String?

    @Option(
        help: ArgumentHelp(
            "Your name as a respondent in team mode (`dijipilot team`); an empty text removes it.", valueName: "name"))
    var respondent: String?

    @Option(
        help: ArgumentHelp(
            "Your role in the business (operations, marketing, founder…); an empty text removes it.", valueName: "role")
    )
    var role: String?

    @OptionGroup var profileOptions: ProfileOptions
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var progressOptions: ProgressOptions

    func validate() throws {
        if let businessName, businessName.count > 80 {
            throw ValidationError("--business-name is \(businessName.count) characters; keep it to 80 or fewer")
        }
        if let businessName, businessName.contains(where: { $0.isNewline }) {
            throw ValidationError("--business-name must be one line")
        }
        for (flag, value) in [("--respondent", respondent), ("--role", role)] {
            guard let value else { continue }
            if value.count > 60 {
                throw ValidationError("\(flag) is \(value.count) characters; keep it to 60 or fewer")
            }
            if value.contains(where: { $0.isNewline }) { throw ValidationError("\(flag) must be one line") }
        }
    }

    func run() throws {
        try guarded {
            guard businessName != nil || respondent != nil || role != nil || !profileOptions.given.isEmpty else {
                let (_, progress) = try progressOptions.read()
                let name = progress.profile.businessName.flatMap { $0.isEmpty ? nil : $0 }
                print("business name: \(name ?? "(not set; set it with --business-name)")")
                printProfile(progress.profile.business)
                print("respondent: \(progress.profile.respondent ?? "(not set; set it with --respondent)")")
                print("role: \(progress.profile.role ?? "(not set; set it with --role)")")
                print("weekly study time: \(ExportFormatting.hours(progress.settings.hoursPerWeek)) a week")
                print("diagnostics taken: \(progress.diagnostics.count)")
                return
            }
            let (store, lock, loaded) = try progressOptions.openForWriting()
            defer { lock.release() }
            var progress = loaded
            if let businessName {
                let trimmed = businessName.trimmingCharacters(in: .whitespaces)
                progress.profile.businessName = trimmed.isEmpty ? nil : trimmed
                print(trimmed.isEmpty ? "business name removed" : "business name: \(trimmed)")
            }
            if let respondent {
                let trimmed = respondent.trimmingCharacters(in: .whitespaces)
                progress.profile.respondent = trimmed.isEmpty ? nil : trimmed
                print(trimmed.isEmpty ? "respondent removed" : "respondent: \(trimmed)")
            }
            if let role {
                let trimmed = role.trimmingCharacters(in: .whitespaces)
                progress.profile.role = trimmed.isEmpty ? nil : trimmed
                print(trimmed.isEmpty ? "role removed" : "role: \(trimmed)")
            }
            if !profileOptions.given.isEmpty {
                let course = try dataOptions.load()
                let business = profileOptions.applied(to: progress.profile.business)
                let recomputed = progress.setBusinessProfile(business, course: course, at: Date())
                printProfile(business)
                if recomputed, let latest = progress.latestDiagnostic {
                    print(
                        "diagnostic \(latest.id) recomputed from its \(latest.answers.count) answers: "
                            + "\(latest.result.notApplicable.count) lessons not applicable, "
                            + "\(latest.result.gaps.count) gaps; roadmap rebuilt, done lessons kept")
                }
            }
            try progressOptions.save(progress, to: store)
        }
    }

    private func printProfile(_ business: BusinessProfile) {
        for field in ProfileField.allCases {
            let value = business[field].map { "\($0) (\(field.label(of: $0) ?? $0))" } ?? "(not set)"
            print("\(field.flag): \(value)")
        }
    }
}
