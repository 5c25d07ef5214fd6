import XuexiModel

extension Alert {
    /// The unit message with the group's additions: provisional, the shortfall ("差 12 人达到
    /// 40%"), the children sharing it ("49 个社区中 41 个…") and the members inside it.
    static func decorated(rule: AlertRule, figures f: AlertFigures, language: Language) -> String {
        let t = { (key: AlertText, args: [CustomStringConvertible]) in StringTable.text(key, language, arguments: args)
        }
        let separator = language == .zh ? "；" : "; "
        var parts: [String] = []
        let members = f.members ?? []
        if let children = f.childCount, let holding = f.childrenHolding {
            parts.append(
                t(
                    .messageFold,
                    [
                        children, f.childType ?? t(.unitWord, []), holding, rule.condition(f, language),
                        MetricFormat.percent(f.rate),
                    ]))
        }
        if f.holdsItself != false {
            var own = unitMessage(rule: rule, figures: f, language: language)
            if let short = f.shortfall { own += separator + shortfallText(rule: rule, short: short, f, language) }
            parts.append(own)
        } else if f.childCount == nil {
            parts.append(t(.messageMembersOnly, [members.count, rule.condition(f, language)]))
        }
        if !members.isEmpty, f.holdsItself != false || f.childCount != nil {
            parts.append(t(.messageMembers, [members.count, rule.condition(f, language)]))
        }
        var text = parts.joined(separator: separator)
        if f.provisional == true { text = t(.provisional, []) + text }
        return text
    }

    static func shortfallText(rule: AlertRule, short: Int, _ f: AlertFigures, _ language: Language) -> String {
        if rule == .activityDrop { return StringTable.text(AlertText.messageLost, language, short) }
        return StringTable.text(AlertText.messageShortfall, language, short, MetricFormat.percent(f.threshold))
    }

    /// "3 名学员数据异常（导入 #12 points.csv）：张伟 (A03) 当日积分 75 超过上限 60；…".
    static func anomalyMessage(_ f: AlertFigures, _ language: Language) -> String {
        let rows = f.anomalies ?? []
        let shown = rows.prefix(3).map { anomaly -> String in
            let what = StringTable.text(
                Alert.messageKey(anomaly.kind), language, anomaly.value.map(String.init) ?? "?",
                anomaly.reference.map(String.init) ?? "?")
            return "\(anomaly.learnerName ?? "") (\(anomaly.learnerId ?? "")) \(what)"
        }
        var list = shown.joined(separator: language == .zh ? "；" : "; ")
        let count = f.anomalyCount ?? rows.count
        if count > shown.count { list += StringTable.text(AlertText.messageAndMore, language, count - shown.count) }
        return StringTable.text(
            AlertText.messageAnomalyGroup, language, count, f.importId.map(String.init) ?? "?", f.file ?? "?",
            f.day ?? "", list)
    }

    /// Every condition inside this alert as the per-unit alert it once was: the unit itself
    /// (when it holds), each member unit, each org's inactive learners, each anomaly row shown.
    public func expanded() -> [AlertMember] {
        let f = figures
        switch rule {
        case .learnerInactive:
            let byOrg = Dictionary(grouping: f.learners ?? [], by: \.orgCode)
            return byOrg.keys.sorted().map { code in
                var own = AlertFigures()
                own.day = f.day
                own.inactiveDays = f.inactiveDays
                own.learners = byOrg[code]
                return AlertMember(
                    orgCode: code, orgName: byOrg[code]![0].orgName, depth: depth ?? 0, orgType: nil, figures: own)
            }
        case .dataAnomaly, .dataStale:
            return [
                AlertMember(
                    orgCode: orgCode ?? "", orgName: orgName ?? "", depth: depth ?? 0, orgType: orgType, figures: f)
            ]
        default:
            var own = f
            own.members = nil
            own.childCount = nil
            own.childrenHolding = nil
            own.childType = nil
            let selfMember =
                f.holdsItself == false
                ? []
                : [
                    AlertMember(
                        orgCode: orgCode ?? "", orgName: orgName ?? "", depth: depth ?? 0, orgType: orgType,
                        figures: own)
                ]
            return selfMember + (f.members ?? [])
        }
    }

    /// Learners short of the threshold over the alert and its members, for ordering the worst first.
    public var totalShortfall: Int {
        let f = figures
        return (f.holdsItself == false ? 0 : f.shortfall ?? 0)
            + (f.members ?? []).reduce(0) { $0 + ($1.figures.shortfall ?? 0) }
    }

    /// The line of one member, e.g. "活跃度 30.0% 低于底线 40.0%（3/10 人）；差 1 人达到 40.0%".
    public static func memberMessage(rule: AlertRule, _ member: AlertMember, language: Language) -> String {
        decorated(rule: rule, figures: member.figures, language: language)
    }
}

extension AlertRule {
    /// The short label always visible in the pane, even at 80 columns (底线 / 目标 / 下滑 / …).
    public func shortLabel(_ language: Language) -> String {
        let key: AlertText =
            switch self {
            case .activityBelowFloor: .shortFloor
            case .activityBelowTarget: .shortTarget
            case .activityDrop: .shortDrop
            case .registrationBelowTarget: .shortRegistration
            case .learnerInactive: .shortInactive
            case .dataAnomaly: .shortAnomaly
            case .dataStale: .shortStale
            }
        return key.text(language)
    }

    /// The condition as a phrase, e.g. "活跃度低于目标 70.0%".
    func condition(_ f: AlertFigures, _ language: Language) -> String {
        switch self {
        case .activityBelowFloor, .activityBelowTarget, .registrationBelowTarget:
            return StringTable.text(conditionKey, language, MetricFormat.percent(f.threshold))
        case .activityDrop:
            return StringTable.text(conditionKey, language, Alert.points(f.threshold))
        default:
            return title(language)
        }
    }

    private var conditionKey: AlertText {
        switch self {
        case .activityBelowFloor: .conditionFloor
        case .activityBelowTarget: .conditionTarget
        case .activityDrop: .conditionDrop
        default: .conditionRegistration
        }
    }
}
