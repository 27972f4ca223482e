import Foundation

/// The order in which a question's choices are shown: shuffled per question and per session, so an option's
/// position says nothing about its evidence ("the last one is the best" cannot be learnt), yet deterministic —
/// the same seed and question id give the same order on every screen, after resume and after going back.
///
/// Positions are only a matter of display: answers are recorded by the choice's index in `Question.choices`, so
/// progress files written before the shuffle (and after it) keep pointing at the same option in the data.
public enum OptionOrder {
    /// Indexes into `question.choices`, in the order shown. "Not sure" choices keep their place at the end.
    public static func order(of question: Question, seed: UInt64) -> [Int] {
        let choices = question.choices
        var shuffled = choices.indices.filter { !choices[$0].isNotSure }
        let notSure = choices.indices.filter { choices[$0].isNotSure }
        var generator = SeededGenerator(seed: seed ^ stableHash(question.id))
        // Fisher–Yates with our own generator: `shuffle(using:)` does not promise the same order across toolchains.
        if shuffled.count > 1 {
            for i in stride(from: shuffled.count - 1, to: 0, by: -1) {
                let j = generator.nextInt(i + 1)
                shuffled.swapAt(i, j)
            }
        }
        return shuffled + notSure
    }

    /// FNV-1a over the id's UTF-8 bytes: stable across runs and platforms, unlike `hashValue`.
    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
