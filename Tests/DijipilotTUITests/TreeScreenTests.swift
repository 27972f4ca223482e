import DijipilotCore
import Foundation
import Testing

@testable import DijipilotTUI

@Suite("Curriculum tree: navigation")
struct TreeNavigationTests {
    @Test("c on Home opens the curriculum with every program collapsed")
    func opensCollapsed() throws {
        let state = try TreeFixture.onTree()
        #expect(state.route == .tree)
        let rows = state.tree.visibleRows(TreeContext(state))
        #expect(rows.count == state.course.curriculum.programs.count)
        #expect(state.tree.selected == .program(0))
    }

    @Test("→ expands a program, → again goes to its first mission, ← on a child jumps to its parent, ← collapses")
    func expandCollapse() throws {
        var state = try TreeFixture.onTree()
        TreeFixture.press([.right], &state)
        #expect(state.tree.expanded.contains(.program(0)))
        TreeFixture.press([.right], &state)
        #expect(state.tree.selected == .mission(0, 0))
        TreeFixture.press([.left], &state)
        #expect(state.tree.selected == .program(0))
        #expect(state.tree.expanded.contains(.program(0)))
        TreeFixture.press([.character("h")], &state)
        #expect(!state.tree.expanded.contains(.program(0)))
    }

    @Test("Enter and Space toggle a group; j/k and arrows move; Home and End jump")
    func toggleAndMove() throws {
        var state = try TreeFixture.onTree()
        TreeFixture.press([.character("j"), .down], &state)
        #expect(state.tree.selected == .program(2))
        TreeFixture.press([.enter], &state)
        #expect(state.tree.isExpanded(.program(2)))
        TreeFixture.press([.character(" ")], &state)
        #expect(!state.tree.isExpanded(.program(2)))
        TreeFixture.press([.end], &state)
        #expect(state.tree.selected == .program(state.course.curriculum.programs.count - 1))
        TreeFixture.press([.home, .character("k")], &state)
        #expect(state.tree.selected == .program(0))
    }

    @Test("Enter on a lesson opens it in the lesson pane")
    func enterOpensLesson() throws {
        var state = try TreeFixture.onTree(width: 120, height: 40)
        TreeFixture.press(Array(repeating: .right, count: 6), &state)  // open and enter program, mission, module
        #expect(state.tree.selected == .lesson(0))
        TreeFixture.press([.enter], &state)
        #expect(state.tree.focus == .detail)
    }

    @Test("[ and ] go to the previous and next lesson in curriculum order, opening their ancestors")
    func lessonOrder() throws {
        var state = try TreeFixture.onTree()
        TreeFixture.press([.character("]")], &state)
        #expect(state.tree.selected == .lesson(0))
        let inFirstModule = state.course.curriculum.programs[0].missions[0].modules[0].lessons.count
        for _ in 0..<inFirstModule { TreeFixture.press([.character("]")], &state) }
        #expect(state.tree.selected == .lesson(inFirstModule))
        #expect(state.tree.isExpanded(.module(0, 0, 1)))
        TreeFixture.press([.character("[")], &state)
        #expect(state.tree.selected == .lesson(inFirstModule - 1))
    }

    @Test("Tab and Shift-Tab move the focus between the panes")
    func tabFocus() throws {
        var state = try TreeFixture.onTree(width: 120, height: 40)
        TreeFixture.press([.tab], &state)
        #expect(state.tree.focus == .detail)
        TreeFixture.press([.backTab], &state)
        #expect(state.tree.focus == .tree)
    }

    @Test("below 100 columns one pane shows at a time; Tab switches; ← goes back to the tree")
    func narrowOnePane() throws {
        var state = try TreeFixture.onTree()
        #expect(TreeFixture.screen(state).contains("Tab: details"))
        TreeFixture.press([.tab], &state)
        let detail = TreeFixture.screen(state)
        #expect(detail.contains("Tab: tree"))
        #expect(detail.contains("Market & Niche Research"))
        TreeFixture.press([.left], &state)
        #expect(state.tree.focus == .tree)
    }

    @Test("a click selects a row; a click on the selected row opens it; the wheel scrolls")
    func mouse() throws {
        var state = try TreeFixture.onTree()
        // Title bar row 0, pane header row 1: the third program is on row 4.
        TreeFixture.press([.mouse(x: 5, y: 4, kind: .click)], &state)
        #expect(state.tree.selected == .program(2))
        TreeFixture.press([.mouse(x: 5, y: 4, kind: .click)], &state)
        #expect(state.tree.isExpanded(.program(2)))
        state.tree.selected = .program(5)
        TreeFixture.press([.right], &state)  // program 6 and its 12 missions
        for _ in 0..<5 { TreeFixture.press([.mouse(x: 5, y: 10, kind: .wheelDown)], &state) }
        #expect(state.tree.scroll > 0)
        #expect(TreeFixture.screen(state).contains("6.12 Business Continuity"))
    }
}

@Suite("Curriculum tree: search and filters")
struct TreeSearchTests {
    @Test("/ opens the search line and captures text; Esc cancels it without leaving the screen")
    func searchCaptures() throws {
        var state = try TreeFixture.onTree()
        TreeFixture.press([.character("/")], &state)
        #expect(ScreenDispatch.takesTypedText(state))
        TreeFixture.type("q?", &state)
        #expect(state.tree.searchDraft == "q?")
        #expect(!state.shouldQuit && !state.showingHelp)
        TreeFixture.press([.escape], &state)
        #expect(state.tree.searchDraft == nil)
        #expect(state.route == .tree)
        #expect(state.tree.search.isEmpty)
    }

    @Test("/continuity Enter selects the first match, 6.12.1.1, with its ancestors open")
    func searchFirstMatch() throws {
        var state = try TreeFixture.onTree()
        TreeFixture.press([.character("/")], &state)
        TreeFixture.type("Continuity", &state)
        #expect(TreeFixture.screen(state).contains("Search: Continuity"))
        TreeFixture.press([.enter], &state)
        #expect(TreeFixture.selectedID(state) == "6.12.1.1")
        #expect(state.tree.isExpanded(.module(5, 11, 0)))
        #expect(!ScreenDispatch.takesTypedText(state))
        #expect(TreeFixture.screen(state).contains("/Continuity"))
    }

    @Test("n and N step through the matches, wrapping around")
    func nextPrevious() throws {
        var state = try TreeFixture.onTree()
        TreeFixture.press([.character("/")], &state)
        TreeFixture.type("6.12.1.", &state)
        TreeFixture.press([.enter], &state)
        #expect(TreeFixture.selectedID(state) == "6.12.1.1")
        TreeFixture.press([.character("n")], &state)
        #expect(TreeFixture.selectedID(state) == "6.12.1.2")
        #expect(state.tree.searchHit?.ordinal == 2)
        TreeFixture.press([.character("N"), .character("N")], &state)
        // The last match mentions the lesson in its text (steps, summary), not in its id.
        let last = try #require(state.course.curriculum.lesson(TreeFixture.selectedID(state)))
        #expect(TreeSearch("6.12.1.").matches(last))
        #expect(state.tree.searchHit?.ordinal == state.tree.searchMatchCount)
    }

    @Test("a search without a match says so")
    func noMatch() throws {
        var state = try TreeFixture.onTree()
        TreeFixture.press([.character("/")], &state)
        TreeFixture.type("zzqx", &state)
        TreeFixture.press([.enter], &state)
        #expect(state.message?.kind == .error)
        #expect(state.tree.selected == .program(0))
    }

    @Test("f cycles the state filter; the view shows matching lessons with their ancestors, the header names it")
    func stateFilter() throws {
        var state = try TreeFixture.onTree(diagnosed: true)
        TreeFixture.press([.character("f")], &state)
        #expect(state.tree.filters.state == .missing)
        let ctx = TreeContext(state)
        let rows = state.tree.visibleRows(ctx)
        let lessons = rows.compactMap(\.node.lessonIndex)
        #expect(!lessons.isEmpty)
        #expect(lessons.allSatisfy { ctx.mastery.states[$0] == .missing })
        #expect(rows.contains(.init(node: .program(0), isExpandable: true, isExpanded: true)))
        #expect(TreeFixture.screen(state).contains("Curriculum · missing"))
        for expected in [TreeStateFilter.uncertain, .known, .notAssessed, .all] {
            TreeFixture.press([.character("f")], &state)
            #expect(state.tree.filters.state == expected)
        }
    }

    @Test("D cycles difficulty and P cycles path; F clears every filter")
    func difficultyAndPath() throws {
        var state = try TreeFixture.onTree()
        TreeFixture.press([.character("D"), .character("D"), .character("D")], &state)
        #expect(state.tree.filters.difficulty == .advanced)
        TreeFixture.press([.character("P")], &state)
        #expect(state.tree.filters.path == .launch)
        let ctx = TreeContext(state)
        for i in state.tree.visibleRows(ctx).compactMap(\.node.lessonIndex) {
            #expect(ctx.curriculum.lessons[i].difficulty == .advanced && ctx.curriculum.lessons[i].path == .launch)
        }
        #expect(TreeFixture.screen(state).contains("Advanced · Launch"))
        TreeFixture.press([.character("F")], &state)
        #expect(!state.tree.filters.isActive)
    }
}

@Suite("Curriculum tree: the lesson pane")
struct TreeLessonTests {
    @Test("openLesson selects and reveals the lesson, focuses its pane and pushes the screen")
    func openLesson() throws {
        var state = try TreeFixture.state(width: 120, height: 40)
        state.openLesson("6.12.1.1")
        #expect(state.route == .tree)
        #expect(state.tree.selected == .lesson(TreeFixture.index("6.12.1.1", state)))
        #expect(state.tree.focus == .detail)
        #expect(state.tree.isExpanded(.program(5)) && state.tree.isExpanded(.mission(5, 11)))
        #expect(TreeFixture.screen(state).contains("What it is"))
        state.openLesson("nope")
        #expect(state.message?.kind == .error)
    }

    @Test("the e2e flow: c, /continuity Enter, Enter shows the lesson's summary at 80×24")
    func keyFlow() throws {
        var state = try TreeFixture.state()
        TreeFixture.press([.character("c"), .character("/")], &state)
        TreeFixture.type("continuity", &state)
        TreeFixture.press([.enter, .enter], &state)
        let screen = TreeFixture.screen(state)
        #expect(screen.contains("What it is"))
        #expect(screen.contains("6.12.1.1"))
    }

    @Test("e edits the note: typing shows in the note line, Enter saves it and asks to save progress")
    func editNote() throws {
        var state = try TreeFixture.state(width: 120, height: 40)
        state.openLesson("6.12.1.1")
        TreeFixture.press([.character("e")], &state)
        #expect(ScreenDispatch.takesTypedText(state))
        TreeFixture.type("Ask Sam to be backup", &state)
        TreeFixture.press([.backspace], &state)
        #expect(TreeFixture.screen(state).contains("Note: Ask Sam to be backu"))
        let effects = TreeFixture.press([.enter], &state)
        #expect(effects == [.saveProgress])
        #expect(state.progress.notes["6.12.1.1"] == "Ask Sam to be backu")
        #expect(state.message?.text == "Note on 6.12.1.1 saved")
        #expect(TreeFixture.screen(state).contains("6.12.1.1 What is Business Continuit… ✎"))
    }

    @Test("Esc cancels a note without saving; an emptied note is removed")
    func cancelNote() throws {
        var state = try TreeFixture.state(width: 120, height: 40)
        state.progress.setNote("old", lessonID: "6.12.1.1")
        state.openLesson("6.12.1.1")
        TreeFixture.press([.character("e")], &state)
        TreeFixture.type("new", &state)
        #expect(TreeFixture.press([.escape], &state).isEmpty)
        #expect(state.progress.notes["6.12.1.1"] == "old")
        #expect(state.route == .tree)
        TreeFixture.press([.character("e"), .control("u"), .enter], &state)
        #expect(state.progress.notes["6.12.1.1"] == nil)
    }

    @Test(
        "x walks a roadmap lesson's Done-when list, then marks it back; off the roadmap it explains why nothing happens"
    )
    func toggleDone() throws {
        var state = try TreeFixture.state(width: 120, height: 40, diagnosed: true)
        state.openLesson("6.12.1.1")
        let count = try #require(state.course.curriculum.lesson("6.12.1.1")?.work?.doneWhen.count)
        #expect(TreeFixture.press([.character("x")], &state).isEmpty)
        #expect(state.route == .doneWhen)
        for _ in 0..<count { TreeFixture.press([.character(" ")], &state) }
        TreeFixture.press([.escape], &state)
        #expect(state.route == .tree)
        #expect(state.progress.doneLessonIDs.contains("6.12.1.1"))
        #expect(TreeFixture.screen(state).contains("learned (done on your roadmap)"))
        #expect(TreeFixture.press([.character("x")], &state) == [.saveProgress])
        #expect(!state.progress.doneLessonIDs.contains("6.12.1.1"))
        state.openLesson("1.1.1.1")
        #expect(TreeFixture.press([.character("x")], &state).isEmpty)
        #expect(state.message?.text.contains("not on your roadmap") == true)
    }

    @Test("read-only: notes and statuses are refused with an error")
    func readOnly() throws {
        var state = try TreeFixture.state(width: 120, height: 40, diagnosed: true)
        state.readOnlyReason = "another Dijipilot holds the progress file"
        state.openLesson("6.12.1.1")
        #expect(TreeFixture.press([.character("x")], &state).isEmpty)
        #expect(state.message?.kind == .error)
        #expect(TreeFixture.press([.character("e")], &state).isEmpty)
        #expect(state.tree.noteDraft == nil)
        #expect(state.progress.roadmap?.items.allSatisfy { $0.status == .todo } == true)
    }

    @Test("prerequisites are links: p selects one, Enter jumps to it; a digit opens one directly")
    func prerequisiteLinks() throws {
        var state = try TreeFixture.state(width: 120, height: 40)
        state.openLesson("6.12.1.2")
        TreeFixture.press([.character("p"), .character("p")], &state)
        #expect(state.tree.selectedLink == 1)
        TreeFixture.press([.enter], &state)
        #expect(TreeFixture.selectedID(state) == "6.9.1.2")
        #expect(state.tree.focus == .detail)
        state.openLesson("6.12.1.2")
        TreeFixture.press([.character("1")], &state)
        #expect(TreeFixture.selectedID(state) == "6.12.1.1")
    }

    @Test("the lesson pane scrolls with ↓ and PgDn, and back with Home")
    func scrolling() throws {
        var state = try TreeFixture.state()
        state.openLesson("6.12.1.1")
        TreeFixture.press([.down, .down, .pageDown], &state)
        #expect(state.tree.detailScroll > 2)
        TreeFixture.press([.end], &state)
        let bottom = state.tree.detailScroll
        TreeFixture.press([.down], &state)
        #expect(state.tree.detailScroll == bottom)
        TreeFixture.press([.home], &state)
        #expect(state.tree.detailScroll == 0)
    }

    @Test("the lesson pane shows the summary's sections, the comparison table and the state with its probability")
    func lessonContent() throws {
        var state = try TreeFixture.state(width: 120, height: 40, diagnosed: true)
        state.openLesson("6.12.1.1")
        let ctx = TreeContext(state)
        let text = TreeView.detailLines(state.tree, state, ctx, width: 70).map { $0.spans.map(\.text).joined() }.joined(
            separator: "\n")
        let lesson = try #require(state.course.curriculum.lesson("6.12.1.1"))
        let time = "\(lesson.readingMinutes) min read + \(lesson.doingMinutes / 60) h"
        for expected in [
            "Difficulty: Advanced · Path: Scale · " + time, "missing · about 12% likely in place", "Checkpoint:",
            "Why it matters", "Do this", "1. ", "Done when", "[ ] ", "Template", "dijipilot template 6.12.1.1",
            "Key points", "Disaster recovery", "Business continuity", "✓ Do:", "✗ Don't:",
            "Prerequisites", "[1] █ 6.9.1.1", "On your roadmap", "Week 2 · to do", "Your note",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }
}

@Suite("Curriculum tree: views")
struct TreeViewTests {
    @Test("snapshot 80×24: program 6 open at its missions")
    func tree80() throws {
        var state = try TreeFixture.onTree(diagnosed: true)
        TreeFixture.press(Array(repeating: .down, count: 5) + [.right, .right, .down], &state)
        try TreeFixture.checkSnapshot(state, "tree-80x24")
    }

    @Test("snapshot 120×40: the tree beside the selected mission")
    func tree120() throws {
        var state = try TreeFixture.onTree(width: 120, height: 40, diagnosed: true)
        TreeFixture.press(
            Array(repeating: .down, count: 5) + [.right, .right] + Array(repeating: .down, count: 11) + [.right], &state
        )
        try TreeFixture.checkSnapshot(state, "tree-120x40")
    }

    @Test("snapshot 120×40: lesson 6.12.1.1 open")
    func lesson120() throws {
        var state = try TreeFixture.state(width: 120, height: 40, diagnosed: true)
        state.openLesson("6.12.1.1")
        try TreeFixture.checkSnapshot(state, "lesson-120x40")
    }

    @Test("snapshot 80×24: lesson 6.12.1.1 open")
    func lesson80() throws {
        var state = try TreeFixture.state(diagnosed: true)
        state.openLesson("6.12.1.1")
        try TreeFixture.checkSnapshot(state, "lesson-80x24")
    }

    @Test("every layout stays inside the screen, from the minimum size up, in every mode")
    func sizes() throws {
        for (w, h) in [(60, 18), (80, 24), (99, 30), (100, 30), (200, 60)] {
            var state = try TreeFixture.state(width: w, height: h, diagnosed: true)
            state.openLesson("6.12.1.2")
            for keys: [Key] in [[], [.tab], [.character("e")], [.escape, .tab, .character("/")]] {
                TreeFixture.press(keys, &state)
                let grid = AppView.render(state)
                #expect(grid.lines.allSatisfy { DisplayWidth.of($0) == w })
                if let cursor = grid.cursor { #expect(cursor.x >= 0 && cursor.x < w && cursor.y >= 0 && cursor.y < h) }
            }
        }
    }

    @Test("10,000 lessons: expanding everything, moving and searching stay fast")
    func scale() throws {
        let course = CurriculumGenerator.generate(checkpoints: 10_000, seed: 7)
        var state = AppState(course: course, width: 120, height: 40, usesColor: false, now: TreeFixture.now)
        state.show(.tree)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            // Open every program, mission and module by filter, then walk and search.
            TreeFixture.press([.character("f"), .character("f"), .character("f"), .character("f")], &state)
            for _ in 0..<50 { TreeFixture.press([.pageDown], &state); _ = AppView.render(state) }
            TreeFixture.press([.character("/")], &state)
            TreeFixture.type("(90.", &state)
            TreeFixture.press([.enter, .character("n"), .end], &state)
            _ = AppView.render(state)
        }
        #expect(state.tree.visibleRows(TreeContext(state)).count > 10_000)
        #expect(elapsed < .seconds(20), "took \(elapsed)")
    }
}

@Suite("Esc in the one-pane curriculum layout")
struct TreeEscapeTests {
    @Test("at 80 columns Esc from a lesson goes back to the tree, and a second Esc leaves the curriculum")
    func escapeSteps() throws {
        var state = AppState(course: try TestCourse.load(), width: 80, height: 24)
        state.openLesson("6.12.1.1")
        #expect(state.route == .tree && state.tree.focus == .detail)
        _ = AppUpdate.update(&state, .key(.escape))
        #expect(state.route == .tree && state.tree.focus == .tree)
        _ = AppUpdate.update(&state, .key(.escape))
        #expect(state.route == .home)
    }
}
