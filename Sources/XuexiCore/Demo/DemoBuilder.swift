import Foundation
import XuexiImport
import XuexiModel
import XuexiStore

/// Builds a demo store by generating exports and importing them through `Importer`,
/// day by day (one transaction per day, like a real office importing each morning).
public struct DemoBuilder {
    public var scale: DemoScale
    public var days: Int
    public var seed: UInt64
    public var lastDay: Day
    public var configuration: AppConfiguration

    public init(
        scale: DemoScale, days: Int, seed: UInt64, lastDay: Day, configuration: AppConfiguration = AppConfiguration()
    ) {
        self.scale = scale
        self.days = days
        self.seed = seed
        self.lastDay = lastDay
        self.configuration = configuration
    }

    /// The stamp stored in the demo store, so an identical request can reuse it.
    public var signature: String { "\(scale.rawValue)/\(days)/\(seed)/\(lastDay.iso)" }

    public enum Step: Sendable {
        case generating(done: Int, total: Int)
        case importingRoster
        case importingDay(done: Int, total: Int)
    }

    public func build(into store: XuexiStore, progress: ((Step) -> Void)? = nil) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "xuexi-demo-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: directory) }
        let generator = DemoGenerator(scale: scale, days: days, seed: seed, lastDay: lastDay)
        let files = try generator.write(to: directory) { done, total in progress?(.generating(done: done, total: total))
        }
        var options = ImportService.importOptions(configuration: configuration)
        options.date = generator.firstDay
        options.user = "demo"
        progress?(.importingRoster)
        _ = try Importer(store: store, options: options).run(paths: [files.orgs.path, files.learners.path])
        options.date = nil
        for (index, url) in files.days.enumerated() {
            _ = try Importer(store: store, options: options).run(paths: [url.path])
            progress?(.importingDay(done: index + 1, total: files.days.count))
        }
        try store.setDemoSignature(signature)
    }

    public static func signature(of store: XuexiStore) throws -> String? {
        try store.demoSignature()
    }
}
