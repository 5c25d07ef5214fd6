import Foundation

/// A calendar day as a count of days since 1970-01-01. Days are the unit of every figure,
/// and an integer key keeps the points table compact (see `StoreSchema`).
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var number: Int

    public init(number: Int) { self.number = number }

    /// Civil date to day number (Howard Hinnant's days_from_civil), so no Calendar is needed
    /// on the hot import path.
    public init(year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = era * 146_097 + doe - 719_468
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Parses `YYYY-MM-DD` (also `YYYY/MM/DD` and `YYYYMMDD`), rejecting impossible dates
    /// such as 2026/13/40.
    public init?(iso text: some StringProtocol) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var parts: [Int] = []
        if trimmed.count == 8, trimmed.allSatisfy(\.isASCII), let all = Int(trimmed) {
            parts = [all / 10000, (all / 100) % 100, all % 100]
        } else {
            let pieces = trimmed.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
            guard pieces.count == 3 else { return nil }
            for piece in pieces {
                guard piece.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(piece) else { return nil }
                parts.append(value)
            }
            guard pieces[0].count == 4 else { return nil }
        }
        let (y, m, d) = (parts[0], parts[1], parts[2])
        guard (1900...2999).contains(y), (1...12).contains(m), d >= 1, d <= Day.daysIn(year: y, month: m) else {
            return nil
        }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var iso: String {
        let (y, m, d) = components
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    public var description: String { iso }

    /// 1 = Monday … 7 = Sunday (ISO). 1970-01-01 was a Thursday.
    public var weekday: Int { ((number % 7) + 7 + 3) % 7 + 1 }

    public var startOfWeek: Day { Day(number: number - (weekday - 1)) }
    public var endOfWeek: Day { Day(number: startOfWeek.number + 6) }
    public var startOfMonth: Day {
        let c = components
        return Day(year: c.year, month: c.month, day: 1)
    }
    public var endOfMonth: Day {
        let c = components
        return Day(year: c.year, month: c.month, day: Day.daysIn(year: c.year, month: c.month))
    }

    /// A month as one integer (year × 12 + month − 1), the key of monthly figures.
    public var monthIndex: Int {
        let c = components
        return c.year * 12 + c.month - 1
    }

    public func adding(_ days: Int) -> Day { Day(number: number + days) }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }

    /// Today in the local time zone (China Standard Time for real deployments).
    public static func today(now: Date = Date(), timeZone: TimeZone = .current) -> Day {
        let seconds = Int(now.timeIntervalSince1970) + timeZone.secondsFromGMT(for: now)
        return Day(number: Int((Double(seconds) / 86_400).rounded(.down)))
    }

    /// Finds a `YYYY-MM-DD` date inside a file name such as `2026-11-20.csv`.
    public static func fromFileName(_ name: String) -> Day? {
        let chars = Array(name)
        guard chars.count >= 10 else { return nil }
        for start in 0...(chars.count - 10) {
            let candidate = String(chars[start..<start + 10])
            if candidate.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil,
                let day = Day(iso: candidate)
            {
                return day
            }
        }
        return nil
    }
}

/// An inclusive range of days: a single day, an ISO week, a month or a rolling window.
public struct Period: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case day, week, month, last7, last30
        /// Any run of days (`--from D --to D`, same-days comparisons).
        case range
        /// The calendar year (年终考核; a report reads it to date).
        case year
    }

    public var kind: Kind
    public var first: Day
    public var last: Day

    public init(kind: Kind, containing day: Day) {
        self.kind = kind
        switch kind {
        case .day: (first, last) = (day, day)
        case .week: (first, last) = (day.startOfWeek, day.endOfWeek)
        case .month: (first, last) = (day.startOfMonth, day.endOfMonth)
        case .last7: (first, last) = (day.adding(-6), day)
        case .last30: (first, last) = (day.adding(-29), day)
        case .range: (first, last) = (day, day)
        case .year:
            let year = day.components.year
            (first, last) = (Day(year: year, month: 1, day: 1), Day(year: year, month: 12, day: 31))
        }
    }

    /// The days `first`…`last` (a `.range`).
    public init(first: Day, last: Day) {
        kind = .range
        self.first = first
        self.last = max(first, last)
    }

    public static func day(_ day: Day) -> Period { Period(kind: .day, containing: day) }

    /// The period just before this one, for rank changes (previous day, week, month).
    public var previous: Period {
        // A range's previous period is as many days just before it; every other kind's is the
        // one of the same kind containing the day before.
        if kind == .range { return Period(first: first.adding(-length), last: first.adding(-1)) }
        return Period(kind: kind, containing: first.adding(-1))
    }

    /// Days in the period.
    public var length: Int { last.number - first.number + 1 }

    public var description: String {
        kind == .day ? first.iso : "\(first.iso)..\(last.iso)"
    }
}
