import Testing
import XuexiCore

/// Units tie only on equal figures, so a unit printed at 76.8% can rank below another printed
/// at 76.8%: its gap must then not read "落后 0.0", which looks like a tie.
struct MetricFormatGapTests {
    @Test func aRealGapIsNeverPrintedAsNone() {
        #expect(MetricFormat.gap(2.34) == "2.3")
        #expect(MetricFormat.gap(0.45) == "0.5" || MetricFormat.gap(0.45) == "0.4")
        #expect(MetricFormat.gap(0.037) == "0.04")
        #expect(MetricFormat.gap(0.0042) == "0.004")
        #expect(MetricFormat.gap(0.0001) == "0.000")
        #expect(MetricFormat.gap(0) == "0.0")
        #expect(MetricFormat.gap(nil) == MetricFormat.missing)
    }
}
