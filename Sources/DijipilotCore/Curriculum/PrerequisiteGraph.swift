import Foundation

/// The prerequisite relation over lesson indexes, with the graph walks the validator and the roadmap need.
public struct PrerequisiteGraph: Sendable {
    /// prerequisites[i]: indexes of the lessons lesson i builds on (unknown ids dropped).
    public let prerequisites: [[Int]]
    /// dependents[i]: indexes of the lessons that list lesson i as a prerequisite.
    public let dependents: [[Int]]

    public init(curriculum: Curriculum) {
        let index = curriculum.indexByID
        var prerequisites = [[Int]](repeating: [], count: curriculum.lessons.count)
        var dependents = [[Int]](repeating: [], count: curriculum.lessons.count)
        for (i, lesson) in curriculum.lessons.enumerated() {
            for id in lesson.prerequisites {
                guard let j = index[id], j != i else { continue }
                prerequisites[i].append(j)
                dependents[j].append(i)
            }
        }
        self.prerequisites = prerequisites
        self.dependents = dependents
    }

    /// Each distinct cycle once (as found by an iterative depth-first search), as lesson indexes in order.
    public func cycles() -> [[Int]] {
        var color = [UInt8](repeating: 0, count: prerequisites.count)  // 0 new, 1 on stack, 2 done
        var found: [[Int]] = []
        for start in prerequisites.indices where color[start] == 0 {
            var stack: [(node: Int, next: Int)] = [(start, 0)]
            color[start] = 1
            while let top = stack.last {
                if top.next < prerequisites[top.node].count {
                    stack[stack.count - 1].next += 1
                    let child = prerequisites[top.node][top.next]
                    if color[child] == 0 {
                        color[child] = 1; stack.append((child, 0))
                    } else if color[child] == 1, let from = stack.firstIndex(where: { $0.node == child }) {
                        found.append(stack[from...].map(\.node))
                    }
                } else {
                    color[top.node] = 2; stack.removeLast()
                }
            }
        }
        return found
    }

    /// Every lesson that lesson i depends on, directly or not.
    public func ancestors(of i: Int) -> Set<Int> {
        var seen = Set<Int>(), stack = prerequisites[i]
        while let j = stack.popLast() {
            if seen.insert(j).inserted { stack += prerequisites[j] }
        }
        return seen
    }
}
