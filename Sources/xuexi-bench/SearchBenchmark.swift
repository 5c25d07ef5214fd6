import Foundation
import XuexiStore

/// The dashboard's `/` learner search as typed: each query is one keystroke's search of the
/// whole roster (the dashboard asks the store exactly this, limit 50), warm.
enum SearchBenchmark {
    /// Full pinyin, initials, a half-typed name and a character: the shapes people type.
    static let queries = ["w", "zw", "zhangwei", "ttsq", "张"]

    @MainActor
    static func run(store: XuexiStore, scale: String, repeats: Int, record: (Measurement) -> Void) throws {
        // The first search of a process (or after an import changed the roster) builds the
        // in-memory index: what the dashboard's first keystroke costs.
        var first = 0
        let build = try Clock.milliseconds { first = try store.searchLearners(queries[0], limit: 50).total }
        record(
            Measurement(
                name: "learner search first keystroke (builds index)", scale: scale, samples: [build], target: nil,
                extra: ["matches": Double(first)]))
        var all: [Double] = []
        for query in queries {
            var total = 0
            let samples = try Clock.sample(warmup: 1, repeats: max(1, repeats)) {
                total = try store.searchLearners(query, limit: 50).total
            }
            all += samples
            record(
                Measurement(
                    name: "learner search keystroke '\(query)'", scale: scale, samples: samples, target: 50,
                    extra: ["matches": Double(total)]))
        }
        record(Measurement(name: "learner search keystroke (all queries)", scale: scale, samples: all, target: 50))
    }
}
