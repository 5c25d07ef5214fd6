import Foundation
import Widgets
import XuexiCore

/// Renders a dashboard screen without a terminal, through the same controller and panes the
/// live dashboard uses (cron mail, CI, bug reports, and quick layout checks).
public struct DashboardSnapshot {
    public var columns: Int
    public var rows: Int
    public var view: DashboardView
    public var orgCode: String?
    public var keys: [Key]

    public init(columns: Int, rows: Int, view: DashboardView = .main, orgCode: String? = nil, keys: [Key] = []) {
        self.columns = columns
        self.rows = rows
        self.view = view
        self.orgCode = orgCode
        self.keys = keys
    }

    /// The frame, after loading every figure it shows (an inline data source is expected).
    public func render(
        data: DashboardDataSource, state: DashboardState, environment: DashboardEnvironment,
        themes: ThemeCatalog = .builtIn
    ) throws -> ScreenBuffer {
        var branchOrg: String?
        if view == .branch {
            let tree = try data.metrics.snapshot().tree
            branchOrg = orgCode ?? tree.rootIndices.first.map { tree.orgs[$0].code }
        }
        let controller = DashboardController(
            data: data, state: state, environment: environment, themes: themes, initialOrg: branchOrg)
        if view == .main, let orgCode { controller.reveal(orgCode: orgCode) }
        KeyReplay.apply(controller, keys: keys, columns: columns, rows: rows)
        var buffer = ScreenBuffer(width: columns, height: rows)
        controller.render(into: &buffer)
        // A second pass: the first may have opened the tree to an org revealed late.
        controller.render(into: &buffer)
        return buffer
    }
}
