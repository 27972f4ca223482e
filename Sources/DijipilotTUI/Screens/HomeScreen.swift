import DijipilotCore

extension Route {
    /// Home: where the user stands, and the ways in.
    public static let home = Route("home")
}

public struct HomeState: ScreenState {
    public var selectedAction = 0
    public init() {}
}

/// What the home screen's menu can do.
public enum HomeAction: CaseIterable, Sendable {
    case diagnostic, tree, results, roadmap, help, quit

    /// The menu wording; the diagnostic offers to resume when one was left half-way.
    func title(_ app: AppState) -> String {
        switch self {
        case .diagnostic:
            let answered = app.resumableDiagnostic?.answers.count ?? 0
            return answered > 0 ? "Resume the diagnostic (\(answered) answered)" : "Take the diagnostic"
        case .tree: return "Explore the curriculum"
        case .results: return "Results & heatmap"
        case .roadmap: return "Your roadmap"
        case .help: return "Help"
        case .quit: return "Quit"
        }
    }

    var hotkey: Character {
        switch self {
        case .diagnostic: "d"
        case .tree: "c"
        case .results: "h"
        case .roadmap: "r"
        case .help: "?"
        case .quit: "q"
        }
    }

    /// The status line's word for the item's key.
    var short: String {
        switch self {
        case .diagnostic: "diagnostic"
        case .tree: "curriculum"
        case .results: "heatmap"
        case .roadmap: "roadmap"
        case .help: "help"
        case .quit: "quit"
        }
    }

    /// Choosing the item: help and quit do what `?` and `q` do everywhere.
    var effect: Effect {
        switch self {
        case .diagnostic: .show(.diagnostic)
        case .tree: .show(.tree)
        case .results: .show(.results)
        case .roadmap: .show(.roadmap)
        case .help: .showHelp
        case .quit: .quit
        }
    }
}

public enum HomeCommand: Sendable { case up, down, activate, run(HomeAction), openNextLesson }

/// Home: where the user stands (mastery, last diagnostic, roadmap progress, the next lesson), and the ways in.
enum HomeScreen: Screen {
    static let route = Route.home
    static let title = "Home"

    /// The menu keys come from the menu itself (`HomeAction`), so its wording and keys are written once. Items
    /// whose key every screen already has (`?`, `q`: `GlobalKeys`) are left out, as the app answers them first.
    static func keys(_ state: HomeState, app: AppState) -> [KeyBinding<HomeCommand>] {
        var table: [KeyBinding<HomeCommand>] = [
            KeyBinding([.up, .character("k")], "Move up the menu", .up),
            KeyBinding([.down, .character("j")], "Move down the menu", .down),
            KeyBinding([.enter, .character(" ")], "Open the selected item", short: "open", .activate),
        ]
        for item in HomeAction.allCases where GlobalKeys.bindings.command(for: .character(item.hotkey)) == nil {
            table.append(KeyBinding([.character(item.hotkey)], item.title(app), short: item.short, .run(item)))
        }
        if RoadmapListing(app.progress.roadmap).nextToStudy != nil {
            table.append(KeyBinding([.character("n")], "Open the next lesson of your roadmap", .openNextLesson))
        }
        return table
    }

    static func handle(_ command: HomeCommand, key: Key, state: inout HomeState, app: inout AppState,
                       area: Rect) -> [Effect] {
        let count = HomeAction.allCases.count
        let current = min(max(0, state.selectedAction), count - 1)
        switch command {
        case .up: state.selectedAction = (current + count - 1) % count
        case .down: state.selectedAction = (current + 1) % count
        case .activate: return [HomeAction.allCases[current].effect]
        case .run(let item): return [item.effect]
        case .openNextLesson:
            if let next = RoadmapListing(app.progress.roadmap).nextToStudy,
               app.course.curriculum.indexByID[next.lessonID] != nil {
                return [.show(.tree, focus: .lesson(next.lessonID))]
            }
        }
        return []
    }

    static func mouse(x: Int, y: Int, kind: Key.MouseKind, state: inout HomeState, app: inout AppState,
                      area: Rect) -> [Effect] {
        guard kind == .click, let row = HomeLayout(area: area).menuRow(x: x, y: y) else { return [] }
        state.selectedAction = row
        return [HomeAction.allCases[row].effect]
    }

    static func render(into grid: inout Grid, area: Rect, state home: HomeState, app state: AppState) {
        let theme = state.theme
        let curriculum = state.course.curriculum
        let layout = HomeLayout(area: area)
        let column = layout.column

        var title = " Welcome to Dijipilot"
        if let name = state.progress.profile.businessName, !name.isEmpty { title += ", \(name)" }
        grid.put(DisplayWidth.truncate(title, to: column.width), x: column.x, y: column.y + 1, style: theme.heading)
        renderStanding(into: &grid, area: layout.standing, state: state)

        for (i, action) in HomeAction.allCases.enumerated() {
            let row = layout.menuRowRect(i)
            guard row.y < layout.menu.maxY else { break }
            let selected = i == home.selectedAction
            let hotkey = "[\(action.hotkey)]"
            let text = "\(selected ? "▸" : " ") \(action.title(state))"
            grid.put(DisplayWidth.truncate(text, to: row.width - 5), x: row.x, y: row.y)
            grid.put(hotkey, x: row.maxX - 3, y: row.y, style: theme.subtle)
            if selected {
                grid.restyle(row) { $0 = Style(bold: true, reverse: true) }
                grid.cursor = (row.x + 2, row.y)
            }
        }
        let counts = "\(curriculum.programs.count) programs · \(curriculum.missionCount) missions · \(curriculum.lessons.count) checkpoints"
        if layout.menu.maxY + 1 < column.maxY {
            grid.put(DisplayWidth.truncate(" " + counts, to: column.width - 1), x: column.x, y: layout.menu.maxY + 1,
                     style: theme.subtle)
        }
        if let programs = layout.programs { renderPrograms(into: &grid, area: programs, state: state) }
    }

    /// Four lines: mastery, the last diagnostic, the roadmap's progress, the next lesson.
    static func renderStanding(into grid: inout Grid, area: Rect, state: AppState) {
        let theme = state.theme
        let x = area.x + 1, width = area.width - 2
        let labelWidth = 10
        let barWidth = max(6, min(20, width - labelWidth - 14))
        func label(_ text: String, y: Int) { grid.put(text, x: x, y: y, style: .bold, maxWidth: width) }

        guard let latest = state.progress.latestDiagnostic else {
            let lines = DisplayWidth.wrap("No diagnostic yet — take one in about 5 minutes", width: width).map { ($0, Style.bold) }
                + DisplayWidth.wrap("It finds your gaps and builds your roadmap from them.", width: width).map { ($0, theme.subtle) }
            for (i, line) in lines.prefix(area.height).enumerated() {
                grid.put(line.0, x: x, y: area.y + i, style: line.1, maxWidth: width)
            }
            return
        }
        let mastery = state.mastery.overallMastery
        label("Mastery", y: area.y)
        ProgressBar.render(into: &grid, x: x + labelWidth, y: area.y, width: barWidth, fraction: mastery,
                           filled: theme.barFilled, empty: theme.barEmpty)
        grid.put(ProgressBar.percent(mastery), x: x + labelWidth + barWidth + 2, y: area.y, style: .bold)

        let questions = RoadmapFormat.plural(latest.result.questionsAsked, "question")
        var last = "Last diagnostic: \(RoadmapFormat.day(latest.takenAt)) · \(questions)"
        if let (_, delta) = state.progress.overallChangeSincePrevious {
            // Progress over time at a glance; `h` shows it again, `dijipilot compare` per program.
            let change = " · \(ComparisonExport.signedPoints(delta)) pts"
            if DisplayWidth.of(last + change) <= width { last += change }
        }
        grid.put(DisplayWidth.truncate(last, to: width), x: x, y: area.y + 1, style: theme.subtle)

        let listing = RoadmapListing(state.progress.roadmap)
        guard !listing.isEmpty else {
            grid.put(DisplayWidth.truncate("Roadmap: nothing to study — every checkpoint is mastered", to: width),
                     x: x, y: area.y + 2, style: theme.good)
            return
        }
        let (done, total) = listing.planProgress
        label("Roadmap", y: area.y + 2)
        ProgressBar.render(into: &grid, x: x + labelWidth, y: area.y + 2, width: barWidth,
                           fraction: total == 0 ? 0 : Double(done) / Double(total),
                           filled: theme.barFilled, empty: theme.barEmpty)
        grid.put("\(done)/\(total) done", x: x + labelWidth + barWidth + 2, y: area.y + 2, style: .bold,
                 maxWidth: max(0, width - labelWidth - barWidth - 2))

        if let next = listing.nextToStudy {
            label("Next", y: area.y + 3)
            let title = state.course.curriculum.lesson(next.lessonID)?.title ?? ""
            let idWidth = grid.put(next.lessonID, x: x + labelWidth, y: area.y + 3, style: theme.accent)
            let rest = width - labelWidth - idWidth - 1
            grid.put(DisplayWidth.truncate(title, to: rest), x: x + labelWidth + idWidth + 1, y: area.y + 3)
        } else if total > 0 {
            grid.put("Every lesson of your roadmap is done ✓", x: x, y: area.y + 3, style: theme.good, maxWidth: width)
        }
    }

    /// The programs, with a mastery bar each once a diagnostic exists.
    static func renderPrograms(into grid: inout Grid, area: Rect, state: AppState) {
        let theme = state.theme
        let curriculum = state.course.curriculum
        let hasDiagnostic = state.progress.latestDiagnostic != nil
        let barWidth = area.width >= 60 ? 12 : 8
        grid.put("Programs", x: area.x, y: area.y + 1, style: theme.heading)
        if hasDiagnostic { grid.put("mastery", x: area.maxX - barWidth - 6, y: area.y + 1, style: theme.subtle) }
        let scores = hasDiagnostic ? state.mastery.programScores : []
        for (i, program) in curriculum.programs.prefix(max(0, area.height - 3)).enumerated() {
            let y = area.y + 3 + i
            let id = program.id.count < 2 ? " " + program.id : program.id
            let titleWidth = area.width - 4 - (hasDiagnostic ? barWidth + 7 : 0)
            grid.put("\(id)  \(DisplayWidth.truncate(program.title, to: titleWidth))", x: area.x, y: y)
            if hasDiagnostic, scores.indices.contains(i) {
                let barX = area.maxX - barWidth - 6
                ProgressBar.render(into: &grid, x: barX, y: y, width: barWidth, fraction: scores[i].mastery,
                                   filled: theme.barFilled, empty: theme.barEmpty)
                let percent = ProgressBar.percent(scores[i].mastery)
                grid.put(percent, x: area.maxX - DisplayWidth.of(percent), y: y)
            }
        }
    }
}

/// Where the home screen's parts go: the same arithmetic for drawing and for mouse clicks.
struct HomeLayout {
    /// The left (or only) column: welcome, standing, menu.
    let column: Rect
    /// Mastery, last diagnostic, roadmap, next lesson.
    let standing: Rect
    /// One row per `HomeAction`.
    let menu: Rect
    /// The program list, from 100 columns.
    let programs: Rect?

    static let columnWidth = 48

    init(area: Rect) {
        let wide = area.width >= 100
        let (left, right) = wide ? area.splitLeft(Self.columnWidth) : (area, Rect(x: 0, y: 0, width: 0, height: 0))
        column = left
        standing = left.rows(3, 4)
        menu = Rect(x: left.x + 1, y: left.y + 8, width: min(46, left.width - 2),
                    height: min(HomeAction.allCases.count, max(0, left.maxY - left.y - 8)))
        programs = wide ? Rect(x: right.x + 2, y: right.y, width: right.width - 4, height: right.height) : nil
    }

    func menuRowRect(_ i: Int) -> Rect { Rect(x: menu.x, y: menu.y + i, width: menu.width, height: 1) }

    /// The menu entry under a screen position.
    func menuRow(x: Int, y: Int) -> Int? {
        guard menu.contains(x: x, y: y) else { return nil }
        return y - menu.y
    }
}

extension AppState {
    /// The home screen's state.
    public var home: HomeState {
        get { screens[HomeScreen.self] }
        set { screens[HomeScreen.self] = newValue }
    }
}
