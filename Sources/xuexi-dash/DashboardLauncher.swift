import Foundation
import XuexiCore

/// Opens the dashboard on a store (wired to the terminal in the dashboard issue).
enum DashboardLauncher {
    static func run(storePath: String, global: GlobalOptions, configuration: AppConfiguration) throws {
        print("xuexi-dash: the dashboard is not built yet; the store is at \(storePath)")
    }
}
