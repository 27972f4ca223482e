import ArgumentParser
import DijipilotCore
import Foundation

/// One flag per field of the business profile (`--stock dropshipping`, `--cross-border domestic`, …).
struct ProfileOptions: ParsableArguments {
    @Option(name: .customLong("stock"), help: ProfileOptions.help(.stock)) var stock: String?
    @Option(name: .customLong("channels"), help: ProfileOptions.help(.channels)) var channels: String?
    @Option(name: .customLong("region"), help: ProfileOptions.help(.region)) var region: String?
    @Option(name: .customLong("cross-border"), help: ProfileOptions.help(.crossBorder)) var crossBorder: String?
    @Option(name: .customLong("team"), help: ProfileOptions.help(.team)) var team: String?
    @Option(name: .customLong("revenue"), help: ProfileOptions.help(.revenue)) var revenue: String?
    @Option(name: .customLong("platform"), help: ProfileOptions.help(.platform)) var platform: String?

    static func help(_ field: ProfileField) -> ArgumentHelp {
        ArgumentHelp(
            "\(field.question) One of: \(field.answers.map(\.key).joined(separator: ", ")); an empty text clears it.",
            valueName: field.flag)
    }

    /// The values given on the command line, by field (an empty text: clear the field).
    var given: [(field: ProfileField, value: String)] {
        let values: [(ProfileField, String?)] = [
            (.stock, stock), (.channels, channels), (.region, region), (.crossBorder, crossBorder), (.team, team),
            (.revenue, revenue), (.platform, platform),
        ]
        return values.compactMap { field, value in value.map { (field, $0.trimmingCharacters(in: .whitespaces)) } }
    }

    func validate() throws {
        for (field, value) in given where !value.isEmpty && !BusinessProfile.isKnown(value, for: field) {
            throw ValidationError(
                "--\(field.flag) \"\(value)\" is not one of \(field.answers.map(\.key).joined(separator: ", "))")
        }
    }

    /// `profile` with the given flags applied.
    func applied(to profile: BusinessProfile) -> BusinessProfile {
        var profile = profile
        for (field, value) in given { profile[field] = value.isEmpty ? nil : value }
        return profile
    }
}
