import Widgets
import XuexiCore
import XuexiStore

/// The import list, opened by Enter on a data alert (数据未更新 or an anomaly): what came in
/// when, newest first, so a clerk sees at once which export is missing or odd. The alert's
/// own import is marked. The same records as `xuexi-dash imports`.
struct ImportsOverlay: StatefulPane {
    var records: LoadState<[ImportRecordRow]>
    var highlight: Int64?
    var scrollOffset: Int

    static func area(in screen: Rect) -> Rect {
        DialogPlacement.area(width: min(100, screen.width - 4), height: min(22, screen.height - 4), in: screen)
    }

    func render(in screen: Rect, buffer: inout ScreenBuffer, state _: Void, context: PaneContext) {
        let text = context.text
        let theme = context.theme
        let area = ImportsOverlay.area(in: screen)
        let modal = Modal(title: text(DashText.importsTitle), theme: theme)
        modal.render(in: area, buffer: &buffer)
        let inner = modal.inner(area)
        guard inner.height >= 3 else { return }
        let body = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
        guard let rows = records.value else {
            context.drawLoadNotice(records, in: body, buffer: &buffer)
            return
        }
        guard !rows.isEmpty else {
            context.drawNotice(text(DashText.importsNone), in: body, buffer: &buffer)
            return
        }
        let table = Table(
            columns: [
                TableColumn("#", width: .length(4), alignment: .right),
                TableColumn(text(DashText.importsColTime), width: .length(16)),
                TableColumn(text(DashText.importsColKind), width: .length(8)),
                TableColumn(text(DashText.importsColDays), width: .length(11)),
                TableColumn(text(DashText.importsColRows), width: .length(7), alignment: .right),
                TableColumn(text(DashText.importsColFile), width: .fill(1)),
            ],
            rowCount: rows.count,
            row: { index in
                let row = rows[index]
                let days = [row.firstDay, row.lastDay].compactMap { $0.map { String($0.dropFirst(5)) } }
                let style = row.id == highlight ? theme[.alertWarning] : Style.plain
                return TableRow([
                    .text(Line("\(row.id)", style: style)),
                    .text(Line(String(row.startedAt.prefix(16)).replacingOccurrences(of: "T", with: " "))),
                    .text(Line(row.kind)),
                    .text(Line(Array(Set(days)).sorted().joined(separator: "…"))),
                    .text(Line(MetricFormat.count(row.rows))),
                    .text(Line(TopLearnersPane.leadingCut(row.file, to: max(4, inner.width - 52)), style: style)),
                ])
            },
            selectedRow: rows.firstIndex { $0.id == highlight }, scrollOffset: scrollOffset, focused: true,
            theme: theme)
        table.render(in: body, buffer: &buffer)
        buffer.write(
            Line(text(DashText.importsHint), style: theme[.textDim], alignment: .center), x: inner.x,
            y: inner.bottom - 1, maxWidth: inner.width, style: modal.style)
    }
}
