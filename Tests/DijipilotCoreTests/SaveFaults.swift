import Foundation

@testable import DijipilotCore

/// What the crash tests pass to a store (`ProgressStore(url:interruptions:)`): a save stopped right after a step,
/// leaving the disk as a crash there would, or a write that fails with an errno such as ENOSPC.
final class SaveFaults: SaveInterruptions {
    struct SimulatedCrash: Error { var after: ProgressStore.SaveStep }

    /// Stop every save right after this step.
    var crashAfter: ProgressStore.SaveStep?
    /// Make this step's write or rename fail with this errno.
    var failure: (step: ProgressStore.SaveStep, code: Int32)?

    init(crashAfter: ProgressStore.SaveStep? = nil, failure: (step: ProgressStore.SaveStep, code: Int32)? = nil) {
        self.crashAfter = crashAfter
        self.failure = failure
    }

    func reached(_ step: ProgressStore.SaveStep) throws {
        if crashAfter == step { throw SimulatedCrash(after: step) }
    }

    func failure(at step: ProgressStore.SaveStep) -> Int32? {
        failure.flatMap { $0.step == step ? $0.code : nil }
    }
}
