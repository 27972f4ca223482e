import Foundation

/// Older layouts of the progress file, brought up to the current one as JSON trees.
///
/// Version 0 (the first builds; `schemaVersion` absent or 0) differed from version 1 in three places:
/// the business name sat at the top level (`businessName`), the weekly budget too (`hoursPerWeek`, there was
/// no `settings`), and notes were a list of `{"lesson": id, "text": note}`. There was no `inProgress`.
///
/// Version 1 had no `doneWhen` (the criteria ticked per lesson): its done lessons keep counting as learned, since
/// without a record they were not marked "done anyway".
enum ProgressMigration {
    static func migrateVersion1(_ old: JSONObject) -> JSONObject {
        var root = old
        root.set("schemaVersion", .number(2))
        if root["doneWhen"] == nil { root.set("doneWhen", .object(JSONObject())) }
        return root
    }

    static func migrateVersion0(_ old: JSONObject, wrong: (String, String) -> ProgressError) throws -> JSONObject {
        var root = old
        root.set("schemaVersion", .number(1))

        var profile = JSONObject()
        if let name = root.removeValue(forKey: "businessName"), !name.isNull {
            guard case .string = name else {
                throw wrong("businessName", "must be a text, found \(JSONTreeReader.kind(of: name))")
            }
            profile.set("businessName", name)
        }
        root.set("profile", .object(profile))

        var settings = JSONObject()
        if let hours = root.removeValue(forKey: "hoursPerWeek"), !hours.isNull {
            switch hours {
            case .number, .bigInteger: settings.set("hoursPerWeek", hours)
            default: throw wrong("hoursPerWeek", "must be a number, found \(JSONTreeReader.kind(of: hours))")
            }
        }
        root.set("settings", .object(settings))

        if let notes = root["notes"], !notes.isNull {
            guard case .array(let list) = notes else {
                throw wrong("notes", "must be a list in a version 0 file, found \(JSONTreeReader.kind(of: notes))")
            }
            var byLesson: [String: String] = [:]
            for (i, item) in list.enumerated() {
                guard case .object(let note) = item, case .string(let lesson)? = note["lesson"],
                    case .string(let text)? = note["text"]
                else {
                    throw wrong("notes[\(i)]", "must be an object with a \"lesson\" id and a \"text\"")
                }
                byLesson[lesson] = byLesson[lesson].map { $0 + "\n" + text } ?? text
            }
            var migrated = JSONObject()
            for (lesson, text) in byLesson.sorted(by: { $0.key < $1.key }) { migrated.set(lesson, .string(text)) }
            root.set("notes", .object(migrated))
        } else {
            root.set("notes", .object(JSONObject()))
        }
        root.removeValue(forKey: "inProgress")
        return root
    }
}
