import Foundation
import XuexiModel
import XuexiStore

extension ImportService {
    /// What an undo did, and how the alert evaluation after it went.
    public struct UndoResult {
        public var outcome: UndoOutcome
        public var alerts: Result<AlertEvaluation, any Error>?
    }

    /// Takes back import `id` (with `cascade`, also the later imports that build on it),
    /// then evaluates the alerts again for the days it restored, or for the latest day
    /// left when its days are gone. Throws `UndoRefusal` with nothing changed.
    public func undo(importId id: Int64, cascade: Bool) throws -> UndoResult {
        try store.replicatedWrite { try undoAndEvaluate(importId: id, cascade: cascade) }
    }

    private func undoAndEvaluate(importId id: Int64, cascade: Bool) throws -> UndoResult {
        let outcome = try store.undoImport(id, cascade: cascade, parameters: configuration.aggregateParameters)
        // The alert states are back to before the earliest undone import: evaluate the days
        // of every later import again, in import order, as their imports did.
        let earliest = outcome.undone.min() ?? id
        var alerts: Result<AlertEvaluation, any Error>?
        for record in try store.importRecords() where record.id > earliest {
            let days = record.daysTouched.compactMap(Day.init(iso:))
            if let result = evaluateAlerts(days: days) { alerts = result }
            if case .failure = alerts { break }
        }
        return UndoResult(outcome: outcome, alerts: alerts)
    }
}
