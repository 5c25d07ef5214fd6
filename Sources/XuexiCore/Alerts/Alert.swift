import Foundation
import XuexiModel

/// One alert as stored and shown: the dashboard's alerts pane, `xuexi-dash alerts` and the
/// reports all read this type through `AlertEngine.alerts(state:scope:)`.
public struct Alert: Sendable, Equatable, Codable {
    /// Stable for the same condition across evaluations (see `AlertEngine` for the forms).
    public var id: String
    public var rule: AlertRule
    public var severity: AlertSeverity
    /// The org concerned; nil for store-wide alerts (`data.stale`), which every scope shows.
    public var orgCode: String?
    public var orgName: String?
    public var state: AlertState
    /// First and last data day (or calendar day for `data.stale`) the condition held in this episode.
    public var firstSeen: Day
    public var lastSeen: Day
    /// The figures as stored (JSON). Decoded on access: a city store holds ~18,000 alerts and
    /// decoding all of them to list a screenful cost most of the dashboard's first frame.
    var figuresJSON: String
    public var figures: AlertFigures {
        get { (try? JSONDecoder().decode(AlertFigures.self, from: Data(figuresJSON.utf8))) ?? AlertFigures() }
        set { figuresJSON = (try? AlertEngine.encode(newValue)) ?? "{}" }
    }
    public var acknowledgedBy: String?
    /// ISO 8601 time of the acknowledgement.
    public var acknowledgedAt: String?
    public var note: String?
    public var snoozedUntil: Day?
    public var resolvedOn: Day?
    /// Not stored: set by `AlertEngine.alerts`. Days with data from first to last seen
    /// (calendar days for `data.stale`), the unit's depth in the tree and its type.
    public var daysOfData: Int?
    public var depth: Int?
    public var orgType: String?

    public init(
        id: String, rule: AlertRule, severity: AlertSeverity, orgCode: String?, orgName: String?, state: AlertState,
        firstSeen: Day, lastSeen: Day, figures: AlertFigures, acknowledgedBy: String? = nil,
        acknowledgedAt: String? = nil, note: String? = nil, snoozedUntil: Day? = nil, resolvedOn: Day? = nil
    ) {
        self.init(
            id: id, rule: rule, severity: severity, orgCode: orgCode, orgName: orgName, state: state,
            firstSeen: firstSeen, lastSeen: lastSeen, figuresJSON: (try? AlertEngine.encode(figures)) ?? "{}",
            acknowledgedBy: acknowledgedBy, acknowledgedAt: acknowledgedAt, note: note, snoozedUntil: snoozedUntil,
            resolvedOn: resolvedOn)
    }

    /// As read from the store, with the figures left as JSON until someone looks at them.
    init(
        id: String, rule: AlertRule, severity: AlertSeverity, orgCode: String?, orgName: String?, state: AlertState,
        firstSeen: Day, lastSeen: Day, figuresJSON: String, acknowledgedBy: String?, acknowledgedAt: String?,
        note: String?, snoozedUntil: Day?, resolvedOn: Day?
    ) {
        self.id = id
        self.rule = rule
        self.severity = severity
        self.orgCode = orgCode
        self.orgName = orgName
        self.state = state
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.figuresJSON = figuresJSON
        self.acknowledgedBy = acknowledgedBy
        self.acknowledgedAt = acknowledgedAt
        self.note = note
        self.snoozedUntil = snoozedUntil
        self.resolvedOn = resolvedOn
    }

    // Days are written as YYYY-MM-DD so JSON output is readable and tool-friendly.
    enum CodingKeys: String, CodingKey {
        case id, rule, severity, orgCode, orgName, state, firstSeen, lastSeen, figures, acknowledgedBy, acknowledgedAt
        case note, snoozedUntil, resolvedOn, daysOfData, depth, orgType
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func day(_ key: CodingKeys) throws -> Day? {
            guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
            guard let day = Day(iso: text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container, debugDescription: "expected YYYY-MM-DD")
            }
            return day
        }
        id = try container.decode(String.self, forKey: .id)
        rule = try container.decode(AlertRule.self, forKey: .rule)
        severity = try container.decode(AlertSeverity.self, forKey: .severity)
        orgCode = try container.decodeIfPresent(String.self, forKey: .orgCode)
        orgName = try container.decodeIfPresent(String.self, forKey: .orgName)
        state = try container.decode(AlertState.self, forKey: .state)
        guard let first = try day(.firstSeen), let last = try day(.lastSeen) else {
            throw DecodingError.keyNotFound(
                CodingKeys.firstSeen, .init(codingPath: decoder.codingPath, debugDescription: "missing days"))
        }
        firstSeen = first
        lastSeen = last
        figuresJSON = try AlertEngine.encode(try container.decode(AlertFigures.self, forKey: .figures))
        acknowledgedBy = try container.decodeIfPresent(String.self, forKey: .acknowledgedBy)
        acknowledgedAt = try container.decodeIfPresent(String.self, forKey: .acknowledgedAt)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        snoozedUntil = try day(.snoozedUntil)
        resolvedOn = try day(.resolvedOn)
        daysOfData = try container.decodeIfPresent(Int.self, forKey: .daysOfData)
        depth = try container.decodeIfPresent(Int.self, forKey: .depth)
        orgType = try container.decodeIfPresent(String.self, forKey: .orgType)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encodeIfPresent(orgCode, forKey: .orgCode)
        try container.encodeIfPresent(orgName, forKey: .orgName)
        try container.encode(state, forKey: .state)
        try container.encode(firstSeen.iso, forKey: .firstSeen)
        try container.encode(lastSeen.iso, forKey: .lastSeen)
        try container.encode(figures, forKey: .figures)
        try container.encodeIfPresent(acknowledgedBy, forKey: .acknowledgedBy)
        try container.encodeIfPresent(acknowledgedAt, forKey: .acknowledgedAt)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encodeIfPresent(snoozedUntil?.iso, forKey: .snoozedUntil)
        try container.encodeIfPresent(resolvedOn?.iso, forKey: .resolvedOn)
        try container.encodeIfPresent(daysOfData, forKey: .daysOfData)
        try container.encodeIfPresent(depth, forKey: .depth)
        try container.encodeIfPresent(orgType, forKey: .orgType)
    }
}

// MARK: - Text

extension Alert {
    static func messageKey(_ kind: AnomalyKind) -> AlertText {
        switch kind {
        case .overDailyMaximum: .messageAnomalyOverDailyMaximum
        case .totalDecreased: .messageAnomalyTotalDecreased
        case .dayTotalMismatch: .messageAnomalyDayTotalMismatch
        }
    }

    /// A one-line explanation for people, e.g. "活跃度 35.0% 低于底线 40.0%（7/20 人）", with
    /// the shortfall, the children sharing the condition and the members listed inside.
    public func message(_ language: Language) -> String {
        Alert.decorated(rule: rule, figures: figures, language: language)
    }

    /// The message of one unit's (or a member's) figures without the group's additions.
    static func unitMessage(rule: AlertRule, figures f: AlertFigures, language: Language) -> String {
        let t = { (key: AlertText, args: [CustomStringConvertible]) in StringTable.text(key, language, arguments: args)
        }
        switch rule {
        case .activityBelowFloor, .activityBelowTarget:
            return t(
                rule == .activityBelowFloor ? .messageActivityBelowFloor : .messageActivityBelowTarget,
                [
                    MetricFormat.percent(f.rate), MetricFormat.percent(f.threshold),
                    MetricFormat.count(f.active ?? 0), MetricFormat.count(f.registered ?? 0),
                ])
        case .activityDrop:
            return t(
                AlertText.messageActivityDrop,
                [
                    MetricFormat.percent(f.rate), f.referenceDays ?? 0,
                    MetricFormat.percent(f.referenceMean), Alert.points(f.drop),
                ])
        case .registrationBelowTarget:
            return t(
                AlertText.messageRegistrationBelowTarget,
                [
                    MetricFormat.percent(f.rate), MetricFormat.percent(f.threshold),
                    MetricFormat.count(f.registered ?? 0),
                    MetricFormat.count(f.expected ?? 0),
                ])
        case .learnerInactive:
            let learners = f.learners ?? []
            let shown = learners.prefix(5).map { learner -> String in
                let mentor = learner.mentorName ?? learner.mentorId
                return mentor.map { t(AlertText.messageLearnerWithMentor, [learner.name, $0]) } ?? learner.name
            }
            let separator = language == .zh ? "、" : ", "
            var list = shown.joined(separator: separator)
            if learners.count > shown.count { list += t(AlertText.messageAndMore, [learners.count - shown.count]) }
            return t(
                learners.count == 1 ? AlertText.messageLearnerInactiveOne : AlertText.messageLearnerInactive,
                [MetricFormat.count(learners.count), f.inactiveDays ?? 0, list])
        case .dataStale:
            var parts: [String] = []
            if f.missingDay == true {
                parts.append(
                    t(AlertText.messageStaleMissingDay, [f.requiredDay ?? "", f.lastDataDay ?? MetricFormat.missing]))
            }
            if f.storeUnchanged == true {
                parts.append(t(AlertText.messageStaleStoreUnchanged, [f.hoursSinceImport ?? 0, f.limitHours ?? 0]))
            }
            return parts.joined(separator: language == .zh ? "；" : "; ")
        case .dataAnomaly:
            return anomalyMessage(f, language)
        }
    }

    /// The alert's headline figure for a narrow column (the dashboard's "figure").
    public func figureText(_ language: Language) -> String {
        Alert.figureText(rule: rule, figures: figures, language: language)
    }

    static func figureText(rule: AlertRule, figures f: AlertFigures, language: Language) -> String {
        switch rule {
        case .activityBelowFloor, .activityBelowTarget, .registrationBelowTarget:
            return MetricFormat.percent(f.rate)
        case .activityDrop:
            return "\(MetricFormat.percent(f.rate)) ↓\(Alert.points(f.drop))"
        case .learnerInactive:
            let count = f.learners?.count ?? 0
            return StringTable.text(count == 1 ? AlertText.figureLearnerOne : AlertText.figureLearners, language, count)
        case .dataStale:
            return f.lastDataDay ?? MetricFormat.missing
        case .dataAnomaly:
            let count = f.anomalyCount ?? f.anomalies?.count ?? 0
            return StringTable.text(count == 1 ? AlertText.figureLearnerOne : AlertText.figureLearners, language, count)
        }
    }

    /// A fall in percentage points, e.g. 0.182 → "18.2".
    static func points(_ fraction: Double?) -> String {
        MetricFormat.decimal(fraction.map { $0 * 100 })
    }
}
