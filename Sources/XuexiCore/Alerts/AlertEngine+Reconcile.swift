import Foundation
import XuexiModel
import XuexiStore

extension AlertEngine {
    /// Figures are stored with sorted keys so the same condition always writes the same text.
    static func figuresEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A stored alert as an `Alert`; nil for a rule or state this version does not know.
    /// `orgName` is the unit's store-wide unique name (`UnitNames`) when `names` are given.
    static func alert(from record: AlertRecord, tree: OrgTree, names: UnitNames? = nil) -> Alert? {
        guard let rule = AlertRule(rawValue: record.rule), let state = AlertState(rawValue: record.state) else {
            return nil
        }
        let index = record.orgId.flatMap { tree.index(ofId: $0) }
        let org = index.map { tree.orgs[$0] }
        var alert = Alert(
            id: record.id, rule: rule, severity: AlertSeverity(rawValue: record.severity) ?? rule.severity,
            orgCode: org?.code, orgName: org.map { names?.label($0.code, fallback: $0.name) ?? $0.name }, state: state,
            firstSeen: record.firstSeen,
            lastSeen: record.lastSeen, figuresJSON: record.figures, acknowledgedBy: record.acknowledgedBy,
            acknowledgedAt: record.acknowledgedAt, note: record.note, snoozedUntil: record.snoozedUntil,
            resolvedOn: record.resolvedOn)
        alert.depth = index.map { tree.depth[$0] }
        alert.orgType = org?.type
        return alert
    }

    private struct Stored {
        var rule: AlertRule
        var state: AlertState
        var firstSeen: Day
        var lastSeen: Day
        var snoozedUntil: Day?
        var resolvedOn: Day?
    }

    /// Merges the conditions found into the stored alerts (see `evaluate(day:now:timeZone:)`),
    /// in one write transaction of the store.
    func reconcile(conditions: [AlertCondition], scope: AlertScopeOfEvaluation, phases: inout PhaseTimer) throws
        -> AlertEvaluation
    {
        // Encoded before the write transaction: a city's figures are megabytes of JSON, which
        // need not hold the store's write lock.
        let encoded = try phases.time("encode") {
            let encoder = Self.figuresEncoder()
            return try conditions.map { try Self.encodeUTF8($0.figures, with: encoder) }
        }
        return try phases.time("reconcile") { try reconcile(conditions: conditions, encoded: encoded, scope: scope) }
    }

    private func reconcile(conditions: [AlertCondition], encoded: [[UInt8]], scope: AlertScopeOfEvaluation) throws
        -> AlertEvaluation
    {
        var result = AlertEvaluation()
        try store.reconcileAlerts { records in
            var stored: [String: Stored] = [:]
            for record in records {
                guard let rule = AlertRule(rawValue: record.rule), let state = AlertState(rawValue: record.state) else {
                    continue
                }
                stored[record.id] = Stored(
                    rule: rule, state: state, firstSeen: record.firstSeen,
                    lastSeen: record.lastSeen, snoozedUntil: record.snoozedUntil,
                    resolvedOn: record.resolvedOn)
            }
            let (changes, evaluation) = try Self.plan(
                conditions: conditions, encoded: encoded, scope: scope, stored: stored)
            result = evaluation
            return changes
        }
        return result
    }

    /// The changes that bring the stored alerts in line with the conditions: new conditions
    /// open, resolved ones that came back reopen (a new episode: first seen, acknowledgement
    /// and note start afresh), snoozes that ran out with the condition still holding open
    /// again, and covered alerts whose condition cleared are resolved and kept.
    private static func plan(
        conditions: [AlertCondition], encoded: [[UInt8]], scope: AlertScopeOfEvaluation,
        stored: [String: Stored]
    ) throws -> ([AlertChange], AlertEvaluation) {
        var result = AlertEvaluation()
        result.holding = conditions.count
        var changes: [AlertChange] = []
        var holding = Set<String>()
        for (condition, figures) in zip(conditions, encoded) {
            holding.insert(condition.id)
            let values = AlertValues(
                id: condition.id, rule: condition.rule.rawValue,
                severity: condition.rule.severity.rawValue, orgId: condition.orgId,
                seen: condition.seen, figuresUTF8: figures)
            let provisional = condition.figures.provisional == true && condition.seen == scope.provisionalDay
            guard let existing = stored[condition.id] else {
                if provisional { continue }
                changes.append(.open(values))
                result.opened.append(condition.id)
                continue
            }
            if existing.state == .resolved {
                if provisional { continue }
                // A day before the resolution belongs to the closed episode.
                if let resolvedOn = existing.resolvedOn, condition.seen < resolvedOn { continue }
                changes.append(.reopen(values))
                result.reopened.append(condition.id)
            } else if condition.seen < existing.lastSeen {
                if condition.seen < existing.firstSeen {
                    changes.append(.moveFirstSeen(id: condition.id, to: condition.seen))
                }
            } else {
                var state = existing.state
                if state == .snoozed, let until = existing.snoozedUntil, condition.seen > until {
                    state = .open
                    result.unsnoozed.append(condition.id)
                }
                changes.append(.refresh(values, state: state.rawValue))
            }
        }

        for (id, existing) in stored.sorted(by: { $0.key < $1.key })
        where existing.state != .resolved && !holding.contains(id) {
            guard let day = scope.covers(rule: existing.rule, id: id), day >= existing.lastSeen else { continue }
            changes.append(.resolve(id: id, on: day))
            result.resolved.append(id)
        }
        return (changes, result)
    }
}
