import DijipilotCore

public struct ResultsState: Equatable, Sendable {
    /// The heatmap cursor: a program (row) and a checkpoint inside it (0-based offset in the program).
    public var program = 0
    public var checkpoint = 0
    /// First program row shown.
    public var scroll = 0
    public init() {}
}

public enum ResultsCommand: Sendable { case left, right, up, down, first, last, open, roadmap, diagnostic }

/// Results: overall mastery, the gap analysis per program and the checkpoint heatmap with a cursor.
enum ResultsScreen {
    static let bindings: [KeyBinding<ResultsCommand>] = [
        KeyBinding([.left, .character("h")], "Move to the checkpoint on the left", .left),
        KeyBinding([.right, .character("l")], "Move to the checkpoint on the right", .right),
        KeyBinding([.up, .character("k")], "Move to the program above", .up),
        KeyBinding([.down, .character("j")], "Move to the program below", .down),
        KeyBinding([.home], "First checkpoint of the program", .first),
        KeyBinding([.end], "Last checkpoint of the program", .last),
        KeyBinding([.enter], "Open the lesson under the cursor", short: "open lesson", .open),
        KeyBinding([.character("r")], "Your roadmap, built from these results", short: "roadmap", .roadmap),
        KeyBinding([.character("d")], "Take the diagnostic (again)", short: "diagnostic", .diagnostic),
    ]

    static let emptyBindings: [KeyBinding<ResultsCommand>] = [
        KeyBinding([.character("d"), .enter], "Take the diagnostic", short: "take the diagnostic", .diagnostic),
    ]

    static func currentBindings(_ state: AppState) -> [KeyBinding<ResultsCommand>] {
        state.progress.latestDiagnostic == nil ? emptyBindings : bindings
    }

    static func keys(_ state: AppState) -> [KeyHelp] { currentBindings(state).map(\.keyHelp) }
    static func capturesText(_ state: AppState) -> Bool { false }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let area = Rect(x: 0, y: 1, width: state.width, height: state.height - 2)
        if case .mouse(let x, let y, let kind) = key {
            guard state.progress.latestDiagnostic != nil else { return [] }
            switch kind {
            case .click: click(x: x, y: y, area: area, &state)
            case .wheelUp: move(dy: -1, area: area, &state)
            case .wheelDown: move(dy: 1, area: area, &state)
            }
            return []
        }
        guard let command = currentBindings(state).command(for: key) else { return [] }
        switch command {
        case .left: move(dx: -1, area: area, &state)
        case .right: move(dx: 1, area: area, &state)
        case .up: move(dy: -1, area: area, &state)
        case .down: move(dy: 1, area: area, &state)
        case .first: move(dx: -10_000, area: area, &state)
        case .last: move(dx: 10_000, area: area, &state)
        case .open:
            if let id = cursorLessonID(state) { state.openLesson(id) }
        case .roadmap: state.push(.roadmap)
        case .diagnostic: state.push(.diagnostic)
        }
        return []
    }

    /// The lesson under the heatmap cursor.
    static func cursorLessonID(_ state: AppState) -> String? {
        let curriculum = state.course.curriculum
        guard let i = cursorLessonIndex(state) else { return nil }
        return curriculum.lessons[i].id
    }

    static func cursorLessonIndex(_ state: AppState) -> Int? {
        let ranges = state.course.curriculum.programRanges
        guard ranges.indices.contains(state.results.program) else { return nil }
        let range = ranges[state.results.program]
        guard !range.isEmpty else { return nil }
        return range.lowerBound + min(max(0, state.results.checkpoint), range.count - 1)
    }

    /// Moves the cursor by cells (dx) or by programs (dy, keeping the column as close as the target row allows).
    static func move(dx: Int = 0, dy: Int = 0, area: Rect, _ state: inout AppState) {
        let curriculum = state.course.curriculum
        let count = curriculum.programs.count
        guard count > 0 else { return }
        let layout = ResultsLayout(state: state, area: area)
        let p = min(max(0, state.results.program), count - 1)
        let cells = layout.cells(program: p, state: state)
        let start = curriculum.programRanges[p].lowerBound
        let current = cells.firstIndex { $0.lessons.contains(start + state.results.checkpoint) } ?? 0
        if dx != 0, !cells.isEmpty {
            let k = min(max(0, current + dx), cells.count - 1)
            state.results.checkpoint = cells[k].lessons.lowerBound - start
        }
        if dy != 0 {
            let target = min(max(0, p + dy), count - 1)
            let offset = cells.indices.contains(current) ? cells[current].offset : 0
            let targetCells = layout.cells(program: target, state: state)
            let targetStart = curriculum.programRanges[target].lowerBound
            if let nearest = targetCells.min(by: { abs($0.offset - offset) < abs($1.offset - offset) }) {
                state.results.checkpoint = nearest.lessons.lowerBound - targetStart
            } else {
                state.results.checkpoint = 0
            }
            state.results.program = target
        }
        state.results.scroll = ResultsLayout(state: state, area: area).scroll
    }

    static func click(x: Int, y: Int, area: Rect, _ state: inout AppState) {
        let curriculum = state.course.curriculum
        let layout = ResultsLayout(state: state, area: area)
        guard let p = layout.program(atRow: y, count: curriculum.programs.count) else { return }
        let cells = layout.cells(program: p, state: state)
        let start = curriculum.programRanges[p].lowerBound
        if let cell = cells.first(where: { layout.cellsX + $0.offset == x }) {
            state.results.program = p
            state.results.checkpoint = cell.lessons.lowerBound - start
        } else if p != state.results.program {
            move(dy: p - state.results.program, area: area, &state)
        }
        state.results.scroll = ResultsLayout(state: state, area: area).scroll
    }

    static func render(into grid: inout Grid, area: Rect, state: AppState) {
        ResultsView.render(into: &grid, area: area, state: state)
    }
}
