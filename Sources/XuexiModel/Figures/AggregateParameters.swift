/// The parameters baked into the stored per-org daily figures, the running sums and the
/// anomalies. Every import checks them against the stored ones in one place
/// (`ImportTransaction.checkAggregateParameters`) and re-derives every stored day when they
/// differ; `xuexi-dash rebuild` does the same on demand.
public struct AggregateParameters: Sendable, Equatable, Codable {
    public static let defaultClubs = [10_000, 20_000, 40_000]

    /// Day points at or above this make a learner active (SPEC §4, default 1).
    public var activityThreshold: Int
    /// Total-points clubs (积分过万): each threshold is counted all / party / masses.
    public var clubs: [Int]
    /// Day points above this are kept but recorded as anomalies (SPEC §3, default 60).
    public var dailyMaximum: Int

    public init(activityThreshold: Int = 1, clubs: [Int] = AggregateParameters.defaultClubs, dailyMaximum: Int = 60) {
        self.activityThreshold = activityThreshold
        self.clubs = Array(Set(clubs)).sorted()
        self.dailyMaximum = dailyMaximum
    }

    /// How the parameters are kept in the store's meta table.
    package var encoded: String {
        "v2;\(activityThreshold);\(clubs.map(String.init).joined(separator: ","));\(dailyMaximum)"
    }

    /// The parameters as the configuration file spells them, for messages.
    public var summary: String {
        "activity_threshold = \(activityThreshold), clubs = [\(clubs.map(String.init).joined(separator: ", "))], "
            + "daily_maximum = \(dailyMaximum)"
    }

    /// The parameters of a stored `encoded` value, when it is of this version.
    public static func decode(_ encoded: String) -> AggregateParameters? {
        let parts = encoded.split(separator: ";", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "v2", let activity = Int(parts[1]), let maximum = Int(parts[3]) else {
            return nil
        }
        let clubs = parts[2].split(separator: ",").compactMap { Int($0) }
        return AggregateParameters(activityThreshold: activity, clubs: clubs, dailyMaximum: maximum)
    }

    public var activity: ActivityRule { ActivityRule(threshold: activityThreshold) }
}

/// What makes a learner "active" on a day (SPEC §4). The daily figures (active counts) and
/// the running sums (idle streaks) both ask this one rule, so they cannot disagree.
public struct ActivityRule: Sendable, Equatable {
    public var threshold: Int

    public init(threshold: Int) {
        self.threshold = threshold
    }

    @inline(__always)
    public func isActive(dayPoints: Int) -> Bool { dayPoints >= threshold }
}

/// The outcome of comparing the stored aggregate parameters with the configuration's.
public enum AggregateParametersCheck: Sendable, Equatable {
    /// None were stored: the configuration's are now recorded.
    case recorded
    case matching
    /// The stored figures were computed with other parameters (`stored`: their encoded form).
    case differing(stored: String)

    /// The stored parameters as the configuration spells them ("older parameters" when they
    /// predate this encoding).
    public static func describe(stored: String) -> String {
        AggregateParameters.decode(stored)?.summary ?? stored
    }
}

/// Learners at or above a total-points threshold (积分过万俱乐部), party members and masses.
public struct ClubCount: Sendable, Codable, Equatable {
    public var threshold: Int
    public var all: Int
    public var party: Int
    public var masses: Int

    public init(threshold: Int, all: Int = 0, party: Int = 0) {
        self.threshold = threshold
        self.all = all
        self.party = party
        self.masses = all - party
    }

    public mutating func add(all: Int, party: Int) {
        self.all += all
        self.party += party
        masses = self.all - self.party
    }

    /// The stored form: "threshold:all:party" joined by ",".
    public static func encode(_ clubs: [ClubCount]) -> String {
        clubs.map { "\($0.threshold):\($0.all):\($0.party)" }.joined(separator: ",")
    }

    public static func decode(_ text: String) -> [ClubCount] {
        text.split(separator: ",").compactMap { part in
            let numbers = part.split(separator: ":").compactMap { Int($0) }
            return numbers.count == 3 ? ClubCount(threshold: numbers[0], all: numbers[1], party: numbers[2]) : nil
        }
    }

    /// `decode` straight from the stored text's UTF-8 bytes: a city's org table reads 9,600
    /// of these, and splitting Strings was a third of its time. Text the fast path does not
    /// expect (anything but digits, ':' and ',', or a number of more than 18 digits) goes
    /// through `decode`, so both always agree.
    public static func decode(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [ClubCount] {
        var result: [ClubCount] = []
        if !bytes.isEmpty { result.reserveCapacity(1 + bytes.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }) }
        var numbers = (0, 0, 0)
        var count = 0
        var value = 0
        var digits = 0
        for index in 0...bytes.count {
            let byte = index < bytes.count ? bytes[index] : UInt8(ascii: ",")
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 18 else { return decode(String(decoding: bytes, as: UTF8.self)) }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: ":"), UInt8(ascii: ","):
                if digits > 0 {
                    switch count {
                    case 0: numbers.0 = value
                    case 1: numbers.1 = value
                    case 2: numbers.2 = value
                    default: break
                    }
                    count += 1
                }
                (value, digits) = (0, 0)
                if byte == UInt8(ascii: ",") {
                    if count == 3 { result.append(ClubCount(threshold: numbers.0, all: numbers.1, party: numbers.2)) }
                    count = 0
                }
            default:
                return decode(String(decoding: bytes, as: UTF8.self))
            }
        }
        return result
    }
}
