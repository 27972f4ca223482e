import Foundation

/// One question of the business profile: how it is named in files and flags, and the values it can take.
public enum ProfileField: String, CaseIterable, Codable, Sendable {
    case stock, channels, region, crossBorder, team, revenue, platform

    /// The answer that says nothing: the field then filters no lesson or question.
    public static let preferNotToSay = "prefer-not-to-say"

    /// One value of a field: its key (in files, flags and `appliesTo`) and what the founder reads.
    public struct Value: Equatable, Sendable {
        public var key: String
        public var label: String
    }

    /// The question as asked.
    public var question: String {
        switch self {
        case .stock: return "How is your stock held?"
        case .channels: return "Where do you sell?"
        case .region: return "Where are the business and most of its customers?"
        case .crossBorder: return "Do you sell across borders?"
        case .team: return "How many people work in the business, you included?"
        case .revenue: return "What is your monthly revenue?"
        case .platform: return "Which store platform do you use?"
        }
    }

    /// The flag of `dijipilot profile`: `--cross-border`, `--stock`, …
    public var flag: String { rawValue == "crossBorder" ? "cross-border" : rawValue }

    /// The values that conditions may name, in the order they are offered ("Prefer not to say" is added last).
    public var values: [Value] {
        func v(_ key: String, _ label: String) -> Value { Value(key: key, label: label) }
        switch self {
        case .stock:
            return [
                v("own-stock", "Own stock, shipped by us"), v("3pl", "Own stock at a 3PL or Amazon FBA"),
                v("dropshipping", "Dropshipping"), v("print-on-demand", "Print-on-demand"),
                v("made-to-order", "Made to order"),
            ]
        case .channels:
            return [
                v("own-store", "Own store"), v("marketplaces", "Marketplaces (Amazon, Etsy, eBay…)"),
                v("both", "Own store and marketplaces"), v("social", "Social shops (TikTok, Instagram…)"),
                v("wholesale", "Wholesale to retailers"),
            ]
        case .region:
            return [
                v("us", "United States"), v("eu", "European Union"), v("uk", "United Kingdom"),
                v("canada", "Canada"), v("australia", "Australia"), v("elsewhere", "Elsewhere"),
            ]
        case .crossBorder:
            return [v("domestic", "Domestic only"), v("cross-border", "Cross-border")]
        case .team:
            return [v("solo", "Just me"), v("2-5", "2 to 5"), v("6-20", "6 to 20"), v("21+", "More than 20")]
        case .revenue:
            return [
                v("pre-revenue", "No sales yet"), v("under-10k", "Under 10,000 a month"),
                v("10k-100k", "10,000 to 100,000 a month"), v("100k-1m", "100,000 to 1 million a month"),
                v("over-1m", "Over 1 million a month"),
            ]
        case .platform:
            return [
                v("shopify", "Shopify"), v("woocommerce", "WooCommerce"), v("bigcommerce", "BigCommerce"),
                v("marketplace-only", "No own store (marketplace only)"), v("other", "Another platform"),
            ]
        }
    }

    /// The values a founder may answer: the field's values, then "Prefer not to say".
    public var answers: [Value] { values + [Value(key: Self.preferNotToSay, label: "Prefer not to say")] }

    public var valueKeys: [String] { values.map(\.key) }

    public func label(of key: String) -> String? { answers.first { $0.key == key }?.label }
}

/// What the founder told about the business: one answer per field, nil where not asked yet.
public struct BusinessProfile: Equatable, Hashable, Sendable {
    public private(set) var answers: [ProfileField: String] = [:]

    public init(_ answers: [ProfileField: String] = [:]) {
        for (field, value) in answers { self[field] = value }
    }

    /// The answer to one field; setting a value the field does not know is ignored (check with `isKnown`).
    public subscript(field: ProfileField) -> String? {
        get { answers[field] }
        set {
            guard let newValue else { answers[field] = nil; return }
            if Self.isKnown(newValue, for: field) { answers[field] = newValue }
        }
    }

    public static func isKnown(_ value: String, for field: ProfileField) -> Bool {
        value == ProfileField.preferNotToSay || field.valueKeys.contains(value)
    }

    /// Every field answered (with a value or "Prefer not to say").
    public var isComplete: Bool { ProfileField.allCases.allSatisfy { answers[$0] != nil } }

    /// Nothing answered yet.
    public var isEmpty: Bool { answers.isEmpty }

    /// The fields not answered yet, in the order they are asked.
    public var unanswered: [ProfileField] { ProfileField.allCases.filter { answers[$0] == nil } }

    /// The value that filters: nil when not answered or "Prefer not to say".
    public func filtering(_ field: ProfileField) -> String? {
        answers[field].flatMap { $0 == ProfileField.preferNotToSay ? nil : $0 }
    }

    /// `stock: dropshipping · region: eu`, the answered fields in order; "not set" when none.
    public var summary: String {
        let parts = ProfileField.allCases.compactMap { field in answers[field].map { "\(field.flag): \($0)" } }
        return parts.isEmpty ? "not set" : parts.joined(separator: " · ")
    }
}

/// Who a lesson or question is for: per profile field, the values it applies to. A field it does not list, and a
/// field the founder did not answer (or answered "Prefer not to say"), filters nothing.
public struct Applicability: Equatable, Hashable, Sendable {
    public var conditions: [ProfileField: [String]]

    public init(_ conditions: [ProfileField: [String]]) { self.conditions = conditions }

    public func applies(to profile: BusinessProfile) -> Bool { reason(for: profile) == nil }

    /// Why it does not apply ("not for dropshipping"), or nil when it applies.
    public func reason(for profile: BusinessProfile) -> String? {
        for field in ProfileField.allCases {
            guard let allowed = conditions[field], let value = profile.filtering(field), !allowed.contains(value) else {
                continue
            }
            let label = field.label(of: value) ?? value
            // Places and platforms are names; the other labels read as a phrase.
            let keepsCase = field == .region || field == .platform || label.dropFirst().first?.isUppercase == true
            return "not for " + (keepsCase ? label : label.prefix(1).lowercased() + label.dropFirst())
        }
        return nil
    }

    /// The fields it names, in profile order.
    public var fields: [ProfileField] { ProfileField.allCases.filter { conditions[$0] != nil } }
}

extension Applicability: Codable {
    struct FieldKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: FieldKey.self)
        var conditions: [ProfileField: [String]] = [:]
        for key in c.allKeys {
            guard let field = ProfileField(rawValue: key.stringValue) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: c, debugDescription: "\"\(key.stringValue)\" is not a profile field")
            }
            conditions[field] = try c.decode([String].self, forKey: key)
        }
        self.init(conditions)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        for field in fields { try c.encode(conditions[field], forKey: FieldKey(stringValue: field.rawValue)) }
    }
}

extension BusinessProfile {
    /// What the profile says about the business's stage (launch, grow, scale), as a relative likelihood of its
    /// answers under each stage; nil when no answer bears on it. Revenue says most: a business with no sales is
    /// launching, one past 100,000 a month rarely is. Team size says less (solo founders run large stores, and
    /// agencies stand in for staff). The engine multiplies these into its stage prior (docs/DIAGNOSTIC.md).
    public var stageLikelihood: [Double]? {
        var likelihood: [Double]?
        func weigh(_ values: [Double]) {
            likelihood = zip(likelihood ?? [1, 1, 1], values).map { $0 * $1 }
        }
        switch filtering(.revenue) {
        case "pre-revenue": weigh([1, 0.15, 0.03])
        case "under-10k": weigh([1, 0.45, 0.12])
        case "10k-100k": weigh([0.35, 1, 0.55])
        case "100k-1m": weigh([0.08, 0.6, 1])
        case "over-1m": weigh([0.03, 0.3, 1])
        default: break
        }
        switch filtering(.team) {
        case "solo": weigh([1, 0.6, 0.3])
        case "2-5": weigh([0.7, 1, 0.65])
        case "6-20": weigh([0.3, 0.85, 1])
        case "21+": weigh([0.12, 0.5, 1])
        default: break
        }
        return likelihood
    }
}
