import Foundation
import XuexiImport
import XuexiModel
import XuexiStore

/// Keeps a demo store moving during the day (`demo --live`): every few seconds it writes a
/// full-day points export for `day` with points a little higher than the last one, and
/// imports it through `Importer` (a corrected file for a day replaces that day), then
/// evaluates the alerts, exactly as a morning import would. The dashboard sees a new import
/// stamp and refreshes, so the screen moves as learners study.
public final class LiveDemoWriter: @unchecked Sendable {
    public let store: XuexiStore
    public let configuration: AppConfiguration
    public let day: Day
    public let interval: TimeInterval

    private struct LearnerProgress {
        var code: String
        var previousTotal: Int
        var points: Int
        /// The day's target, reached bit by bit over the steps; 0 for those who skip the day.
        var target: Int
    }

    private var learners: [LearnerProgress]?
    private var random: SeededRandom
    private var steps = 0
    private let directory: URL
    private let condition = NSCondition()
    private var stopped = false
    private var thread: Thread?
    /// Called after each step with its result or error (for a status line or a log).
    public var onStep: (@Sendable (Result<ImportSummary, any Error>) -> Void)?

    public init(
        store: XuexiStore, configuration: AppConfiguration = AppConfiguration(), day: Day = .today(),
        interval: TimeInterval = 5, seed: UInt64 = 2026
    ) {
        self.store = store
        self.configuration = configuration
        self.day = day
        self.interval = interval
        random = SeededRandom(seed: seed &+ UInt64(day.number))
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "xuexi-live-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Starts writing on a background thread, one step now and one every `interval`.
    public func start() {
        let worker = Thread { [self] in
            while true {
                let result = Result { try step() }
                onStep?(result)
                condition.lock()
                if !stopped { _ = condition.wait(until: Date().addingTimeInterval(interval)) }
                let done = stopped
                condition.unlock()
                if done { return }
            }
        }
        worker.name = "xuexi-dash live demo"
        worker.qualityOfService = .utility
        thread = worker
        worker.start()
    }

    /// Stops after the step in progress, if any.
    public func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// One step: more points for some learners, written and imported as the day's export.
    @discardableResult
    public func step() throws -> ImportSummary {
        if learners == nil { learners = try loadLearners() }
        steps += 1
        advance()
        let url = try writeExport()
        let service = ImportService(store: store, configuration: configuration)
        // A step every few seconds for hours: nothing of one step, refused or not, may stay behind.
        defer { service.releaseMemory() }
        var options = service.importOptions()
        options.date = day
        options.user = "demo-live"
        // The alerts are evaluated as after a morning import; their failure is not the step's.
        let outcome = try service.run(paths: [url.path], options: options)
        try? FileManager.default.removeItem(at: url)
        return outcome.summary
    }

    // MARK: - Private

    /// Registered learners with their total before `day` and a target for the day: most study,
    /// party members more often, a few not at all (so the rate ends where real days end).
    private func loadLearners() throws -> [LearnerProgress] {
        try store.registeredLearners(on: day).map { learner in
            let studies = random.chance(learner.isParty ? 0.85 : 0.6)
            let target = studies ? min(55, 12 + Int(random.unit() * random.unit() * 30) + random.int(0...14)) : 0
            return LearnerProgress(
                code: learner.code, previousTotal: learner.totalBefore ?? 0, points: 0,
                target: target)
        }
    }

    /// Moves everyone some way toward their target; early steps move many, later ones few.
    private func advance() {
        guard var list = learners else { return }
        let share = max(0.05, 0.35 / Double(steps).squareRoot())
        for index in list.indices where list[index].points < list[index].target && random.chance(share) {
            let gain = random.int(1...max(1, min(12, list[index].target - list[index].points)))
            list[index].points += gain
        }
        learners = list
    }

    private func writeExport() throws -> URL {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var text = [UInt8]()
        text.reserveCapacity((learners?.count ?? 0) * 32 + 64)
        text.append(contentsOf: Array("日期,学员编号,当日积分,总积分\n".utf8))
        let date = Array(day.iso.utf8)
        for learner in learners ?? [] {
            text.append(contentsOf: date)
            text.append(UInt8(ascii: ","))
            text.append(contentsOf: Array(learner.code.utf8))
            text.append(UInt8(ascii: ","))
            DemoGenerator.appendNumber(learner.points, to: &text)
            text.append(UInt8(ascii: ","))
            DemoGenerator.appendNumber(learner.previousTotal + learner.points, to: &text)
            text.append(UInt8(ascii: "\n"))
        }
        let url = directory.appendingPathComponent("\(day.iso)-live-\(steps).csv")
        try Data(text).write(to: url)
        return url
    }
}
