import Foundation
import XuexiCore

/// Measurements that need the alert engine and the dashboard (filled in as those land).
enum BenchmarkExtensions {
    static func afterQueries(store: XuexiStore, metrics: Metrics, lastDay: Day, storePath: String, scale: String, repeats: Int,
                             dashboardBinary: String?, record: (Measurement) -> Void) throws {}
}
