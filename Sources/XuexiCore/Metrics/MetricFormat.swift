import Foundation
import XuexiModel

/// How figures are shown as text, one place for the dashboard, reports and the CLI.
public enum MetricFormat {
    /// Shown for rates whose denominator is zero (SPEC: never divide by zero).
    public static let missing = "—"

    public static func percent(_ fraction: Double?, digits: Int = 1) -> String {
        guard let fraction, fraction.isFinite else { return missing }
        return String(format: "%.\(digits)f%%", fraction * 100)
    }

    public static func decimal(_ value: Double?, digits: Int = 1) -> String {
        guard let value, value.isFinite else { return missing }
        return String(format: "%.\(digits)f", value)
    }

    /// A gap to the unit ranked above (percentage points or points): one decimal, or as many
    /// more (up to three) as it takes not to print a real gap as "0.0". Units tie only on equal
    /// figures (#11), so two units printed alike can differ; "落后 0.0" would read as a tie.
    public static func gap(_ value: Double?) -> String {
        guard let value, value.isFinite else { return missing }
        var digits = 1
        while digits < 3 && value > 0 && String(format: "%.\(digits)f", value) == String(format: "%.\(digits)f", 0.0) {
            digits += 1
        }
        return String(format: "%.\(digits)f", value)
    }

    /// Whole numbers with thousands separators (41,550).
    public static func count(_ value: Int) -> String {
        let digits = String(abs(value))
        var groups: [String] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(String(digits[start..<end]), at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: ",")
    }

    /// A club label: 20,000 → "2万+" in Chinese, "20k+" in English.
    public static func club(_ threshold: Int, _ language: Language) -> String {
        switch language {
        case .zh where threshold % 10_000 == 0: "\(threshold / 10_000)万+"
        case .en where threshold % 1_000 == 0: "\(threshold / 1_000)k+"
        default: count(threshold) + "+"
        }
    }

    /// Each club's label and count of everyone: "1万+ 449 · 2万+ 51 · 4万+ 3".
    public static func clubs(_ clubs: [ClubCount], _ language: Language) -> String {
        clubs.map { "\(club($0.threshold, language)) \(count($0.all))" }.joined(separator: " · ")
    }
}
