import DijipilotCore

/// The curriculum as a tree of `TreeNode`s: parents, children, ids and titles, and the lessons under each node.
/// Cheap to make: the ranges it reads are built once per curriculum (`AppState.lessonRanges`).
struct TreeOutline {
    let curriculum: Curriculum
    let ranges: LessonRanges

    init(_ curriculum: Curriculum, _ ranges: LessonRanges) {
        self.curriculum = curriculum
        self.ranges = ranges
    }

    var programRanges: [Range<Int>] { ranges.programs }
    var missionRanges: [[Range<Int>]] { ranges.missions }
    var moduleRanges: [[[Range<Int>]]] { ranges.modules }

    var lessonCount: Int { curriculum.lessons.count }

    func isValid(_ node: TreeNode) -> Bool {
        switch node {
        case .program(let p): programRanges.indices.contains(p)
        case .mission(let p, let m): programRanges.indices.contains(p) && missionRanges[p].indices.contains(m)
        case .module(let p, let m, let d):
            programRanges.indices.contains(p) && missionRanges[p].indices.contains(m)
                && moduleRanges[p][m].indices.contains(d)
        case .lesson(let i): curriculum.lessons.indices.contains(i)
        }
    }

    /// The lessons under a node, as a range of curriculum indexes (a lesson's is itself). Call with valid nodes.
    func range(of node: TreeNode) -> Range<Int> {
        switch node {
        case .program(let p): programRanges[p]
        case .mission(let p, let m): missionRanges[p][m]
        case .module(let p, let m, let d): moduleRanges[p][m][d]
        case .lesson(let i): i..<(i + 1)
        }
    }

    func parent(of node: TreeNode) -> TreeNode? {
        switch node {
        case .program: return nil
        case .mission(let p, _): return .program(p)
        case .module(let p, let m, _): return .mission(p, m)
        case .lesson(let i):
            let loc = curriculum.locations[i]
            return .module(loc.program, loc.mission, loc.module)
        }
    }

    /// The nodes above `node`, top-down (program first).
    func ancestors(of node: TreeNode) -> [TreeNode] {
        var chain: [TreeNode] = []
        var current = parent(of: node)
        while let node = current { chain.insert(node, at: 0); current = parent(of: node) }
        return chain
    }

    func children(of node: TreeNode) -> [TreeNode] {
        switch node {
        case .program(let p): return missionRanges[p].indices.map { .mission(p, $0) }
        case .mission(let p, let m): return moduleRanges[p][m].indices.map { .module(p, m, $0) }
        case .module(let p, let m, let d): return moduleRanges[p][m][d].map { .lesson($0) }
        case .lesson: return []
        }
    }

    func id(of node: TreeNode) -> String {
        switch node {
        case .program(let p): curriculum.programs[p].id
        case .mission(let p, let m): curriculum.programs[p].missions[m].id
        case .module(let p, let m, let d): curriculum.programs[p].missions[m].modules[d].id
        case .lesson(let i): curriculum.lessons[i].id
        }
    }

    func title(of node: TreeNode) -> String {
        switch node {
        case .program(let p): curriculum.programs[p].title
        case .mission(let p, let m): curriculum.programs[p].missions[m].title
        case .module(let p, let m, let d): curriculum.programs[p].missions[m].modules[d].title
        case .lesson(let i): curriculum.lessons[i].title
        }
    }

    /// The group a lesson index belongs to at a given depth (0 program … 2 module).
    func ancestor(ofLesson i: Int, depth: Int) -> TreeNode {
        let loc = curriculum.locations[i]
        switch depth {
        case 0: return .program(loc.program)
        case 1: return .mission(loc.program, loc.mission)
        default: return .module(loc.program, loc.mission, loc.module)
        }
    }
}
