import Foundation
import XuexiCore
import XuexiModel

/// Three days on the standard alert fixture, worked by hand:
///
/// | day   | A active        | B active               | R            |
/// |-------|-----------------|------------------------|--------------|
/// | 11-02 | A01–A09 (90%)   | all but B05, B10 (80%) | 17/20 (85%)  |
/// | 11-03 | A01–A07 (70%)   | same (80%)             | 15/20 (75%)  |
/// | 11-04 | A01–A06 (60%)   | B01–B03 (30%)          | 9/20 (45%)   |
///
/// On 11-04 A01 earns 40 and A02 36 (the daily stars), A03–A06 and B01–B03 10 each:
/// A 116 points / 10 = 11.6 a head, B 30 / 10 = 3.0, R 146 / 20 = 7.3. A01 starts at
/// 41,000 points (both clubs), B02 at 20,500 (the 20,000 club). On 11-03 B (80%) ranked
/// above A (70%), so on 11-04 A climbs ▲1 and B falls ▼1, 8.6 points behind A.
/// Inactive for 3 days on 11-04: A10, B05 (mentor B01 徐志强) and B10. Alerts on 11-04: B below
/// the floor; R below target (A inside), R's registration (B inside); no drop (only two
/// earlier days with data, seven needed).
package enum ReportFixture {
    package static func make() throws -> AlertFixture {
        let fixture = try AlertFixture.standard()
        fixture.startTotals(["A01": 41_000, "B02": 20_500])
        var bUsual = AlertFixture.active("B", 10)
        bUsual["B05"] = nil
        bUsual["B10"] = nil
        try fixture.importDay("2026-11-02", AlertFixture.active("A", 9) + bUsual)
        try fixture.importDay("2026-11-03", AlertFixture.active("A", 7) + bUsual)
        try fixture.importDay(
            "2026-11-04", AlertFixture.active("A", 6) + ["A01": 40, "A02": 36] + AlertFixture.active("B", 3))
        for day in ["2026-11-02", "2026-11-03", "2026-11-04"] { try fixture.evaluate(day) }
        let engine = fixture.engine
        // R's registration alert lists B's inside it (inhibited): acknowledging R's takes B's too.
        try engine.acknowledge(
            id: "registration.below_target:R", note: "已上报街道", by: "王书记",
            at: Date(timeIntervalSince1970: 1_793_000_000))
        // Snoozed alerts stay out of the report.
        try engine.snooze(id: "learner.inactive:A", until: Day(iso: "2026-11-30")!)
        return fixture
    }

    package static func builder(_ fixture: AlertFixture) -> ReportBuilder {
        ReportBuilder(store: fixture.store, configuration: fixture.configuration)
    }
}
