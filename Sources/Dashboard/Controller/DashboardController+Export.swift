import Foundation
import Widgets
import XuexiCore
import XuexiModel

/// `c` and `x`: what is on screen leaves the dashboard as the report the `report` command
/// would write for the same scope, period and day (one figure, one function: `ReportBuilder`
/// and `ChatNote` build both).
extension DashboardController {
    /// The report of the view: the branch reviewed (else the scope, else the top org), the
    /// period and the day shown.
    func currentViewReport() throws -> Report {
        let (view, _) = prepare(context: context())
        let org = state.currentBranch?.orgCode ?? state.scopeCode
        let kind: ReportKind
        if state.range != nil {
            kind = .range
        } else {
            switch state.period {
            case .day: kind = .daily
            case .week: kind = .weekly
            case .month: kind = .monthly
            case .year: kind = .yearly
            }
        }
        let builder = ReportBuilder(metrics: data.metrics, alertEngine: data.alertEngine)
        return try builder.build(
            kind, date: view.shownDay, org: org, range: state.range, showPhones: data.configuration.showPhones)
    }

    /// The compact note (the robots' default) of the view as plain text.
    public func currentViewNote() throws -> String {
        let builder = ReportBuilder(metrics: data.metrics, alertEngine: data.alertEngine)
        return try builder.chatNote(currentViewReport(), style: .compact, language: state.language).plainText
    }

    /// Text for the terminal's clipboard, taken by the loop after a key (it owns the terminal).
    public func takeClipboard() -> String? {
        defer { pendingClipboard = nil }
        return pendingClipboard
    }

    func copyNote() {
        do {
            let note = try currentViewNote()
            pendingClipboard = note
            let title = String(note.prefix { $0 != "\n" })
            if environment.clipboardReachesDesktop == false {
                showToast(state.text(DashText.toastCopiedTmuxOff), kind: .warning)
            } else {
                showToast(state.text(DashText.toastCopied, title, note.count))
            }
        } catch {
            showToast(
                state.text(DashText.toastActionFailed, ErrorMessage.text(for: error, language: state.language)),
                kind: .error)
        }
    }

    /// Writes the view's report as XLSX and Markdown into the configured folder, the league in
    /// the tree's sort order; the toast names the workbook's path.
    func exportReport() {
        do {
            var report = try currentViewReport()
            // The league in the tree's order (`s`/`S`), as on screen; the tree order keeps the report's ranks.
            if state.orgs.sort != .tree {
                let order = OrgTreeModel.sorted(
                    Array(report.league.indices), of: report.league, by: state.orgs.sort,
                    ascending: state.orgs.ascending)
                report.league = order.map { report.league[$0] }
            }
            let builder = ReportBuilder(metrics: data.metrics, alertEngine: data.alertEngine)
            let folder = URL(fileURLWithPath: UserDirectories.expandTilde(data.configuration.exportDirectory))
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let base = ["report", report.kind.rawValue, report.scope?.code, report.date].compactMap { $0 }
                .joined(separator: "-")
            var written: [URL] = []
            for format in [ReportFormat.xlsx, .md] {
                let url = folder.appendingPathComponent(base + "." + format.fileExtension)
                try builder.render(report, format: format, language: state.language).write(to: url, options: .atomic)
                written.append(url)
            }
            showToast(state.text(DashText.toastExported, written[0].path))
        } catch {
            showToast(
                state.text(DashText.toastExportFailed, ErrorMessage.text(for: error, language: state.language)),
                kind: .error)
        }
    }
}
