import DijipilotCore
import Foundation

@testable import DijipilotTUI

/// Helpers for the diagnostic and results tests: a state on the built-in course, key presses through the
/// app's update, snapshot files.
enum DiagnosticFixture {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// A progress file whose business profile is answered "Prefer not to say" throughout: the diagnostic starts at
    /// once, measuring every checkpoint (the profile screens have their own tests, from an empty file).
    static var profiled: ProgressFile {
        var progress = ProgressFile()
        progress.profile.business = BusinessProfile(
            Dictionary(uniqueKeysWithValues: ProfileField.allCases.map { ($0, ProfileField.preferNotToSay) }))
        return progress
    }

    static func state(
        width: Int = 80, height: Int = 24, progress: ProgressFile = profiled,
        now: Date = now
    ) throws -> AppState {
        AppState(course: try TestCourse.load(), progress: progress, width: width, height: height, now: now)
    }

    /// Presses keys through the app's update, the way the run loop does (the clock first).
    @discardableResult
    static func press(_ keys: [Key], _ state: inout AppState, secondsEach: TimeInterval = 0) -> [Effect] {
        var effects: [Effect] = []
        for key in keys {
            if secondsEach > 0 { _ = AppUpdate.update(&state, .clock(state.now.addingTimeInterval(secondsEach))) }
            effects += AppUpdate.update(&state, .key(key))
        }
        return effects
    }

    @discardableResult
    static func press(_ text: String, _ state: inout AppState, secondsEach: TimeInterval = 0) -> [Effect] {
        press(text.map { Key.character($0) }, &state, secondsEach: secondsEach)
    }

    /// From Home: `d`, Enter, then the options 4, 1, 3, 2, 4, … (10 s each) until the diagnostic ends by itself
    /// (at most 30 questions): a varied, deterministic result with seed 0.
    static func scriptedDiagnostic(_ state: inout AppState) {
        press([.character("d"), .enter], &state)
        skipProfile(&state)
        let pattern: [Character] = ["4", "1", "3", "2"]
        for k in 0..<40 where state.session != nil { press([.character(pattern[k % 4])], &state, secondsEach: 10) }
        if state.session != nil { press("fy", &state) }
    }
}

extension DiagnosticFixture {
    /// On the profile screens: "Prefer not to say" (the last option) to every field, which filters nothing, so the
    /// diagnostic that follows is the one taken without a profile.
    static func skipProfile(_ state: inout AppState) {
        for field in ProfileField.allCases where state.route == .profile {
            press([.character(Character(String(field.answers.count)))], &state)
        }
    }
}

/// Plain-text snapshots under Snapshots/, rewritten when DIJIPILOT_UPDATE_SNAPSHOTS=1.
enum DiagnosticSnapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// Nil when the rendered text matches the file (or the file was written); otherwise what differs.
    static func check(_ state: AppState, _ name: String) throws -> String? {
        let text = AppView.render(state).text + "\n"
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DIJIPILOT_UPDATE_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "missing snapshot \(name): run with DIJIPILOT_UPDATE_SNAPSHOTS=1\n\(text)"
        }
        guard expected != text else { return nil }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = text.split(separator: "\n", omittingEmptySubsequences: false)
        let row = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        return "snapshot \(name) differs at line \(row + 1):\nexpected: \(row < a.count ? a[row] : "")\n"
            + "actual:   \(row < b.count ? b[row] : "")\n\(text)"
    }
}
