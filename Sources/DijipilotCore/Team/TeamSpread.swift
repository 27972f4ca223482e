import Foundation

extension TeamPicture {
    /// Per checkpoint (curriculum order): the highest respondent's P(mastered) minus the lowest, among those whose
    /// answers cover it; nil where the checkpoint does not apply to the business or fewer than two respondents
    /// cover it. The disagreement map ranks by it and the heatmap's disagreement mode shades it.
    public var spreads: [Double?] {
        applies.indices.map { i in
            guard applies[i] else { return nil }
            let ps = respondents(covering: i).map { estimates[$0][i] }
            guard ps.count >= 2 else { return nil }
            return (ps.max() ?? 0) - (ps.min() ?? 0)
        }
    }

    /// The respondents (indices into `members`) whose answers cover checkpoint `i`: only they have a view of it
    /// to disagree with (a teammate who answered about some programs says nothing of the others).
    public func respondents(covering i: Int) -> [Int] { estimates.indices.filter { covers[$0][i] } }
}

/// How far apart the respondents' estimates of one checkpoint are, in four steps, each with its own glyph (darker
/// is further apart) so the heatmap's disagreement mode reads without colour, as the mastery mode does.
public enum DisagreementLevel: Int, CaseIterable, Comparable, Sendable {
    /// Within 10 points: they see it the same way.
    case agree
    /// 10 to 25 points.
    case slight
    /// 25 to 50 points.
    case clear
    /// 50 points or more: one says it is there, another that it is not.
    case opposite

    /// The lowest spread of each level above `agree`, as a share (0.25 = 25 points).
    static let thresholds: [(level: DisagreementLevel, from: Double)] = [
        (.opposite, 0.50), (.clear, 0.25), (.slight, 0.10),
    ]

    /// The level of a spread (0…1).
    public init(spread: Double) {
        self = Self.thresholds.first { spread >= $0.from }?.level ?? .agree
    }

    /// The level of the widest spread among `spreads` (a heatmap cell standing for a whole mission); nil when none
    /// has one.
    public static func widest(_ spreads: [Double?]) -> DisagreementLevel? {
        spreads.compactMap { $0 }.max().map(DisagreementLevel.init(spread:))
    }

    public var glyph: Character {
        switch self {
        case .agree: return "·"
        case .slight: return "░"
        case .clear: return "▒"
        case .opposite: return "█"
        }
    }

    /// The legend's words: the points apart each level covers (short, so the legend fits one row at 60 columns).
    public var label: String {
        switch self {
        case .agree: return "under 10 pts"
        case .slight: return "10-25"
        case .clear: return "25-50"
        case .opposite: return "50+ pts"
        }
    }

    public static func < (a: DisagreementLevel, b: DisagreementLevel) -> Bool { a.rawValue < b.rawValue }
}
