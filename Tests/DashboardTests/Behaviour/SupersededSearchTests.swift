import Foundation
import Testing

@testable import Dashboard

/// Typing in `/` asks for one learner search per keystroke: a search the next keystroke
/// replaced stops (its ticket turns), and leaves no error behind, so the same text typed
/// again is searched again.
@Suite struct SupersededSearchTests {
    @Test func aNewerQueryTurnsTheOlderTicket() {
        let ticket = LatestQueryTicket()
        let first = ticket.take(.searchLearners(query: "w", scope: nil, limit: 50))
        // The same query asked again each frame keeps its ticket.
        let again = ticket.take(.searchLearners(query: "w", scope: nil, limit: 50))
        #expect(!first() && !again())
        let next = ticket.take(.searchLearners(query: "wy", scope: nil, limit: 50))
        #expect(first() && again())
        #expect(!next())
        // Back to "w": a new search, and the one for "wy" is superseded in turn.
        let back = ticket.take(.searchLearners(query: "w", scope: nil, limit: 50))
        #expect(next() && !back())
    }

    @Test func aCancelledLoadIsForgottenAndRunsAgain() {
        let loader = DashboardLoader(mode: .background)
        let key = QueryKey.searchLearners(query: "w", scope: nil, limit: 50)
        let cancelled: LoadState<Int> = loader.load(key, stamp: 1) { throw CancellationError() }
        #expect(cancelled.isLoading)
        loader.waitForPendingWork(milliseconds: 10_000)
        #expect(!loader.hasPendingWork)
        // Not "failed": asked again, it computes again.
        let retried: LoadState<Int> = loader.load(key, stamp: 1) { 42 }
        #expect(retried.isLoading)
        loader.waitForPendingWork(milliseconds: 10_000)
        let done: LoadState<Int> = loader.load(key, stamp: 1) { 0 }
        #expect(done.value == 42)
    }
}
