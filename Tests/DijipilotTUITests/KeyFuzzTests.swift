import DijipilotCore
import Foundation
import Testing

@testable import DijipilotTUI

/// Seeded random input through the app's pure update and view: keys of every kind, clicks anywhere (also off the
/// screen), the wheel, resizes from 10×5 to 200×60 and the clock. After every action the invariants below must
/// hold. A failure names the start, the seed and the action index; `FuzzGenerator.actions(seed:count:)` replays it.
///
/// `DIJIPILOT_FUZZ_ACTIONS=100000` sets the number of actions of each run (default 10,000 in all, split across
/// the runs, so `make test` stays fast in a debug build: about 20 s on two cores).
@Suite("key fuzzing: random keys, clicks and resizes through update and view", .serialized)
struct KeyFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    /// `DIJIPILOT_FUZZ_SEED=100` explores other seeds (100, 101, 102); failures name the seed to replay.
    static let firstSeed = environment["DIJIPILOT_FUZZ_SEED"].flatMap { UInt64($0) } ?? 1
    static let runs: [(start: FuzzStart, seed: UInt64)] = [
        (.fresh, firstSeed), (.diagnosed, firstSeed + 1), (.readOnly, firstSeed + 2),
    ]

    static var actionsPerRun: Int {
        if let text = environment["DIJIPILOT_FUZZ_ACTIONS"], let n = Int(text), n > 0 { return n }
        return 10_000 / runs.count + 1
    }

    @Test("no crash and every invariant holds after each random action", arguments: [0, 1, 2])
    func fuzz(run: Int) throws {
        let (start, seed) = Self.runs[run]
        let report = try FuzzRun(start: start, seed: seed).run(actions: Self.actionsPerRun)
        // Random input that never leaves Home would prove little: every main screen must have been visited (the
        // done-when walk opens only from a roadmap lesson, so not every run reaches it).
        #expect(
            report.routesSeen.isSuperset(of: [.home, .tree, .diagnostic, .results, .roadmap]),
            "start \(start) seed \(seed) visited only \(report.routesSeen)")
        #expect(report.helpShown, "start \(start) seed \(seed) never opened the help")
        if start == .readOnly { #expect(report.saves == 0) }
    }
}

/// What the fuzz found, kept: the failing runs replayed to the action that failed, and the bug as a spec.
@Suite("key fuzzing: regressions")
struct KeyFuzzRegressionTests {
    @Test("seed 2 from a diagnosed start: a filter hid the lesson and left its prerequisite link chosen")
    func filterLeftLinkChosen() throws {
        try FuzzRun(start: .diagnosed, seed: 2).run(actions: 416)
    }

    @Test("seed 3 read-only: `n` on Home opened a lesson with the previous lesson's link still chosen")
    func openLessonLeftLinkChosen() throws {
        try FuzzRun(start: .readOnly, seed: 3).run(actions: 1_175)
    }

    @Test(
        "seed 2 diagnosed, with the 123-question bank: a lesson marked done on the roadmap left the filtered tree's selection hidden"
    )
    func doneElsewhereHidesTreeSelection() throws {
        try FuzzRun(start: .diagnosed, seed: 2).run(actions: 3_132)
    }

    /// Found by seed 201 from a diagnosed start at action #17,819 (too long to replay in every test run).
    @Test("a diagnostic taken again rebuilds the roadmap and its screen starts at the top of the new plan")
    func retakenDiagnosticResetsRoadmapSelection() throws {
        var state = try FuzzStart.diagnosed.state()
        for key: Key in [
            .character("r"), .character("G"), .escape, .character("d"), .enter, .character("1"),
            .character("f"), .character("y"),
        ] {
            _ = AppUpdate.update(&state, .key(key))
        }
        #expect(state.route == .results)
        #expect(state.progress.diagnostics.count == 2)
        #expect(state.roadmap == RoadmapScreenState())
        #expect(FuzzInvariants.roadmap(state).isEmpty)
    }

    @Test("a filter that hides the selected lesson also drops the prerequisite link chosen on it")
    func filterDropsLink() throws {
        var state = try FuzzStart.diagnosed.state()
        let lessons = state.course.curriculum.lessons
        let i = try #require(lessons.firstIndex { !$0.prerequisites.isEmpty })
        state.openLesson(lessons[i].id)
        _ = AppUpdate.update(&state, .key(.character("p")))
        #expect(state.tree.selectedLink == 0)
        for _ in 0..<4 where state.tree.selected == .lesson(i) { _ = AppUpdate.update(&state, .key(.character("f"))) }
        #expect(state.tree.selected != .lesson(i))
        #expect(state.tree.selectedLink == nil)
    }

    @Test("opening another lesson from another screen drops the link chosen on the previous one")
    func openLessonDropsLink() throws {
        var state = try FuzzStart.fresh.state()
        let lessons = state.course.curriculum.lessons
        let linked = try #require(lessons.firstIndex { !$0.prerequisites.isEmpty })
        let plain = try #require(lessons.firstIndex { $0.prerequisites.isEmpty })
        state.openLesson(lessons[linked].id)
        _ = AppUpdate.update(&state, .key(.character("p")))
        _ = AppUpdate.update(&state, .key(.character("j")))
        #expect(state.tree.selectedLink == 0)
        _ = AppUpdate.update(&state, .key(.escape))
        state.openLesson(lessons[plain].id)
        #expect(state.tree.selected == .lesson(plain))
        #expect(state.tree.selectedLink == nil)
        #expect(state.tree.detailScroll == 0)
    }
}

/// Where a fuzz run begins.
enum FuzzStart: String, CustomStringConvertible, Sendable {
    /// No progress at all.
    case fresh
    /// A finished diagnostic and its roadmap, a few lessons done.
    case diagnosed
    /// The diagnosed progress, opened read-only (another copy holds the lock).
    case readOnly

    var description: String { rawValue }

    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    func state() throws -> AppState {
        let course = try TestCourse.load()
        var progress = ProgressFile()
        if self != .fresh { progress = try Self.diagnosedProgress(course) }
        var state = AppState(
            course: course, progress: progress, width: 80, height: 24, usesColor: self != .readOnly,
            now: Self.now)
        if self == .readOnly { state.readOnlyReason = "another Dijipilot (pid 4242) holds the progress file" }
        return state
    }

    /// A diagnostic answered to the end (options in turn), completed into a roadmap; the first three lessons done.
    static func diagnosedProgress(_ course: CourseData) throws -> ProgressFile {
        var session = DiagnosticSession(course: course, config: DiagnosticConfig(seed: 7))
        var k = 0
        while !session.isFinished, let question = session.currentQuestion {
            try session.answer(choice: k % question.choices.count)
            k += 1
        }
        var progress = ProgressFile()
        // Answered "Prefer not to say" throughout, so a diagnostic taken again starts at once.
        progress.profile.business = BusinessProfile(
            Dictionary(uniqueKeysWithValues: ProfileField.allCases.map { ($0, ProfileField.preferNotToSay) }))
        progress.complete(session: session, course: course, at: now.addingTimeInterval(-86_400))
        for item in (progress.roadmap?.items ?? []).prefix(3) {
            progress.setStatus(lessonID: item.lessonID, status: .done, at: now.addingTimeInterval(-3_600))
        }
        return progress
    }
}

/// The random actions of one seed: mostly keys, some clicks and wheel turns, resizes and clock ticks.
struct FuzzGenerator {
    private var rng: SeededGenerator
    /// The size the last resize chose, for aiming clicks.
    var width = 80, height = 24
    private(set) var now = FuzzStart.now

    init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

    static let letters = Array("abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")  // no q: quitting is rare
    /// The letters that mean something on some screen, pressed more often so every screen is reached.
    static let meaningful = Array("dchrnxswWfyYpgGjklN[]eEtP")
    static let special: [Key] = [
        .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .tab, .backTab,
        .backspace, .delete, .escape, .character(" "), .resize,
    ]
    static let exotic: [Character] = ["界", "語", "😀", "👍🏽", "é", "e\u{301}", "\u{200B}", "ß", "Ω", "\t", "—", "…"]

    private mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + rng.nextInt(range.count) }
    private mutating func pick<T>(_ items: [T]) -> T { items[rng.nextInt(items.count)] }

    mutating func next() -> AppAction {
        let roll = rng.nextInt(1000)
        switch roll {
        case 0..<3: return .key(pick([.character("q"), .control("c")]))
        case 3..<40:
            width = int(10...200); height = int(5...60)
            return .resize(width: width, height: height)
        case 40..<80:
            now = now.addingTimeInterval(TimeInterval(int(0...3_600)))
            return .clock(now)
        case 80..<170:
            let kind = pick([Key.MouseKind.click, .click, .click, .wheelUp, .wheelDown])
            return .key(.mouse(x: int(-3...(width + 3)), y: int(-3...(height + 3)), kind: kind))
        case 170..<330: return .key(.character(pick(Self.letters)))
        case 330..<450: return .key(.character(pick(Self.meaningful)))
        case 450..<520: return .key(.character(Character(String(int(0...9)))))
        case 520..<550: return .key(.character(pick(["/", "?", "+", "-", "*", "#", ".", ",", ":", "'", "\""])))
        case 550..<880: return .key(pick(Self.special))
        case 880..<910: return .key(.function(int(1...12)))
        case 910..<940: return .key(.control(pick(Array("abdefghijklmnopqrstuvwxyz"))))
        case 940..<980: return .key(.character(pick(Self.exotic)))
        default: return .saveFinished(error: rng.nextInt(4) == 0 ? "disk full: progress.json not saved" : nil)
        }
    }

    /// The first `count` actions of a seed, to replay a failure by hand.
    static func actions(seed: UInt64, count: Int) -> [AppAction] {
        var generator = FuzzGenerator(seed: seed)
        return (0..<count).map { _ in generator.next() }
    }
}

/// One seeded run from a start state, checking the invariants after every action.
struct FuzzRun {
    let start: FuzzStart
    let seed: UInt64

    struct Report {
        var routesSeen: Set<Route> = []
        var helpShown = false
        var quits = 0
        var saves = 0
    }

    /// Runs `actions` random actions; returns what was visited. Invariant failures are recorded as issues naming
    /// the seed and the action index (the run stops at the first, as later ones would only echo it).
    @discardableResult
    func run(actions: Int, sourceLocation: SourceLocation = #_sourceLocation) throws -> Report {
        var state = try start.state()
        var generator = FuzzGenerator(seed: seed)
        var report = Report()
        let initial = FuzzInvariants.check(state)
        if let problem = initial.first {
            Issue.record("start \(start): before any action: \(problem)", sourceLocation: sourceLocation)
            return report
        }
        for index in 0..<actions {
            let action = generator.next()
            let before = state
            let effects = AppUpdate.update(&state, action)
            var problems = FuzzInvariants.check(state)
            problems += FuzzInvariants.checkProgress(before: before, after: state, action: action, effects: effects)
            if let problem = problems.first {
                Issue.record(
                    """
                    start \(start) seed \(seed) action #\(index) \(action) on \(before.route) at \(before.width)×\(before.height): \
                    \(problem) (replay: FuzzGenerator.actions(seed: \(seed), count: \(index + 1)))
                    """, sourceLocation: sourceLocation)
                return report
            }
            if state.shouldQuit {
                // q and Ctrl-C quit (with the `.quit` effect); the fuzz carries on as if the app were restarted here.
                report.quits += 1
                state.shouldQuit = false
            }
            if effects.contains(.saveProgress) { report.saves += 1 }
            report.routesSeen.insert(state.route)
            if state.showingHelp { report.helpShown = true }
        }
        return report
    }
}

/// What must hold after any action.
enum FuzzInvariants {
    /// The state on its own: the frame, the route stack and every screen's selection.
    static func check(_ state: AppState) -> [String] {
        var problems: [String] = []
        let grid = AppView.render(state)
        if grid.width != state.width || grid.height != state.height || grid.cells.count != state.width * state.height {
            problems.append(
                "frame is \(grid.width)×\(grid.height) (\(grid.cells.count) cells), screen is \(state.width)×\(state.height)"
            )
        }
        if let cursor = grid.cursor, !grid.bounds.contains(x: cursor.x, y: cursor.y) {
            problems.append("cursor \(cursor) outside the \(grid.width)×\(grid.height) frame")
        }
        if state.routes.isEmpty { problems.append("the route stack is empty") }
        if state.helpScroll < 0 || (state.showingHelp && state.helpScroll > HelpOverlay.maxScroll(state)) {
            problems.append("help scroll \(state.helpScroll) past its last row (\(HelpOverlay.maxScroll(state)))")
        }
        problems += home(state) + tree(state) + diagnostic(state) + results(state) + roadmap(state)
        return problems
    }

    static func home(_ state: AppState) -> [String] {
        let count = HomeMenuItem.allCases.count
        return (0..<count).contains(state.home.selectedAction)
            ? [] : ["home selection \(state.home.selectedAction) of \(count)"]
    }

    static func tree(_ state: AppState) -> [String] {
        let ctx = TreeContext(state)
        let tree = state.tree
        guard ctx.outline.isValid(tree.selected) else { return ["tree selection \(tree.selected) is no node"] }
        var problems: [String] = []
        if tree.scroll < 0 { problems.append("tree scroll \(tree.scroll)") }
        if tree.detailScroll < 0 { problems.append("lesson pane scroll \(tree.detailScroll)") }
        if let link = tree.selectedLink {
            guard let i = tree.selected.lessonIndex else { return problems + ["link \(link) chosen on a group"] }
            let count = LessonDetail.linkCount(lesson: i, ctx: ctx)
            if !(0..<count).contains(link) { problems.append("link \(link) of \(count)") }
        }
        // The selection is kept visible by every tree key; other screens do not touch the tree.
        if state.route == .tree {
            let rows = tree.visibleRows(ctx)
            if !rows.isEmpty, !rows.contains(where: { $0.node == tree.selected }) {
                problems.append("tree selection \(tree.selected) is not among the \(rows.count) visible rows")
            }
            if !rows.isEmpty, tree.scroll >= rows.count {
                problems.append("tree scroll \(tree.scroll) of \(rows.count) rows")
            }
        }
        return problems
    }

    static func diagnostic(_ state: AppState) -> [String] {
        var problems: [String] = []
        let d = state.diagnostic
        if !(0...1).contains(d.introSelection) { problems.append("diagnostic intro selection \(d.introSelection)") }
        if let session = state.session {
            if let question = session.currentQuestion, !question.choices.indices.contains(d.selectedChoice) {
                problems.append("option \(d.selectedChoice) of \(question.choices.count) selected")
            }
            if state.readOnlyReason != nil { problems.append("a diagnostic runs while read-only") }
        } else if d.confirmingFinish {
            problems.append("asking to finish with no diagnostic under way")
        }
        return problems
    }

    static func results(_ state: AppState) -> [String] {
        let ranges = state.course.curriculum.programRanges
        let r = state.results
        guard ranges.indices.contains(r.program) else { return ["results program \(r.program) of \(ranges.count)"] }
        var problems: [String] = []
        if !(0..<max(1, ranges[r.program].count)).contains(r.checkpoint) {
            problems.append("results checkpoint \(r.checkpoint) of \(ranges[r.program].count) in program \(r.program)")
        }
        if !(0..<max(1, ranges.count)).contains(r.scroll) {
            problems.append("results scroll \(r.scroll) of \(ranges.count)")
        }
        return problems
    }

    static func roadmap(_ state: AppState) -> [String] {
        let listing = RoadmapListing(state.progress.roadmap, curriculum: state.course.curriculum)
        guard !listing.isEmpty else { return [] }
        var problems: [String] = []
        let r = state.roadmap
        if !listing.items.indices.contains(r.selected) {
            problems.append("roadmap selection \(r.selected) of \(listing.items.count)")
        }
        let lines = listing.lines(reasons: true).count
        if r.scroll < 0 || r.scroll >= lines { problems.append("roadmap scroll \(r.scroll) of \(lines) lines") }
        return problems
    }

    /// Progress is never lost: diagnostics are only added, one action changes at most one roadmap status (and
    /// only a key does; a finished re-check also reopens the done lessons it contradicts), every change is saved,
    /// and nothing changes while read-only.
    static func checkProgress(before: AppState, after: AppState, action: AppAction, effects: [Effect]) -> [String] {
        let old = before.progress, new = after.progress
        guard old != new else { return [] }
        var problems: [String] = []
        if after.readOnlyReason != nil { problems.append("the progress changed while read-only") }
        if !effects.contains(.saveProgress) { problems.append("the progress changed without being saved") }
        if new.diagnostics.count < old.diagnostics.count || !new.diagnostics.starts(with: old.diagnostics) {
            problems.append("saved diagnostics went from \(old.diagnostics.count) to \(new.diagnostics.count)")
        }
        let oldItems = Dictionary(
            old.roadmap?.items.map { ($0.lessonID, $0.status) } ?? [], uniquingKeysWith: { a, _ in a })
        let newItems = Dictionary(
            new.roadmap?.items.map { ($0.lessonID, $0.status) } ?? [], uniquingKeysWith: { a, _ in a })
        // A re-check that finishes puts back on the roadmap every done lesson its answers contradict, by design.
        let contradicted =
            new.rechecks.count > old.rechecks.count ? Set(new.rechecks.last?.contradicted ?? []) : []
        let lostDone = oldItems.filter {
            $0.value == .done && newItems[$0.key] != .done && !contradicted.contains($0.key)
        }.map(\.key)
        let changed = oldItems.filter { id, status in
            newItems[id].map { $0 != status } ?? false && !contradicted.contains(id)
        }.map(\.key)
        let isKey = if case .key = action { true } else { false }
        if lostDone.count > (isKey ? 1 : 0) { problems.append("done lessons no longer done: \(lostDone.sorted())") }
        if changed.count > (isKey ? 1 : 0) { problems.append("statuses changed at once: \(changed.sorted())") }
        if old.roadmap != nil && new.roadmap == nil { problems.append("the roadmap disappeared") }
        return problems
    }
}
