import Foundation

/// Older layouts of the progress file, brought up to the current one as JSON trees.
///
/// Version 0 (the first builds; `schemaVersion` absent or 0) differed from version 1 in three places:
/// the business name sat at the top level (`businessName`), the weekly budget too (`hoursPerWeek`, there was
/// no `settings`), and notes were a list of `{"lesson": id, "text": note}`. There was no `inProgress`.
enum ProgressMigration {
    static func migrateVersion0(_ old: [String: Any], wrong: (String, String) -> ProgressError) throws -> [String: Any] {
        var root = old
        root["schemaVersion"] = 1

        var profile: [String: Any] = [:]
        if let name = root.removeValue(forKey: "businessName"), !(name is NSNull) {
            guard name is String else { throw wrong("businessName", "must be a text, found \(JSONTreeReader.kind(of: name))") }
            profile["businessName"] = name
        }
        root["profile"] = profile

        var settings: [String: Any] = [:]
        if let hours = root.removeValue(forKey: "hoursPerWeek"), !(hours is NSNull) {
            guard let number = hours as? NSNumber, !JSONTreeReader.isBoolean(number) else {
                throw wrong("hoursPerWeek", "must be a number, found \(JSONTreeReader.kind(of: hours))")
            }
            settings["hoursPerWeek"] = number
        }
        root["settings"] = settings

        if let notes = root["notes"], !(notes is NSNull) {
            guard let list = notes as? [Any] else {
                throw wrong("notes", "must be a list in a version 0 file, found \(JSONTreeReader.kind(of: notes))")
            }
            var byLesson: [String: String] = [:]
            for (i, item) in list.enumerated() {
                guard let note = item as? [String: Any], let lesson = note["lesson"] as? String,
                      let text = note["text"] as? String else {
                    throw wrong("notes[\(i)]", "must be an object with a \"lesson\" id and a \"text\"")
                }
                byLesson[lesson] = byLesson[lesson].map { $0 + "\n" + text } ?? text
            }
            root["notes"] = byLesson
        } else {
            root["notes"] = [String: String]()
        }
        root.removeValue(forKey: "inProgress")
        return root
    }
}
