import Foundation
import Widgets
import XuexiCore

/// The alerts: severity (coloured), rule, org, headline figure, age and state, with the
/// selected alert's full message underneath. `a` acknowledges with a note, `z` snoozes.
struct AlertsPane {
    var alerts: LoadState<[Alert]>
    var filter: AlertStateFilter
    var selectedIndex: Int?
    var scrollOffset: Int
    var focused: Bool
    var today: Day
    /// The org as a short path below the top org, so "第一学习小组" says which one.
    var orgLabel: (String) -> String

    func render(in area: Rect, buffer: inout ScreenBuffer, context: PaneContext) -> ListFeedback {
        let text = context.text
        let list = alerts.value ?? []
        let title = text("dash.alerts.title") + " · " + text("dash.alerts.filter.\(filter.rawValue)")
        let block = context.block(title: title, trailing: list.isEmpty ? nil : "\((selectedIndex ?? 0) + 1)/\(list.count)", focused: focused)
        block.render(in: area, buffer: &buffer)
        var inner = block.inner(area)
        var feedback = ListFeedback()
        guard !inner.isEmpty else { return feedback }
        guard alerts.value != nil else {
            context.drawLoadNotice(alerts, in: inner, buffer: &buffer)
            return feedback
        }
        guard !list.isEmpty else {
            context.drawNotice(text(filter == .active ? "dash.alerts.noneActive" : "dash.alerts.none"), in: inner, buffer: &buffer)
            return feedback
        }
        var messageRow: Rect?
        if inner.height >= 4, let selectedIndex, selectedIndex < list.count {
            messageRow = Rect(x: inner.x, y: inner.bottom - 1, width: inner.width, height: 1)
            inner = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
        }
        let theme = context.theme
        let language = text.language
        let severityWidth = language == .zh ? 4 : 8
        var columns: [TableColumn] = [TableColumn(text("dash.alerts.col.severity"), width: .length(severityWidth))]
        let wide = inner.width >= 70
        if wide { columns.append(TableColumn(text("dash.alerts.col.rule"), width: .fill(2))) }
        columns.append(TableColumn(text("dash.alerts.col.org"), width: .fill(2)))
        columns.append(TableColumn(text("dash.alerts.col.figure"), width: .length(wide ? 13 : 9), alignment: .right))
        if wide { columns.append(TableColumn(text("dash.alerts.col.age"), width: .length(5), alignment: .right)) }
        columns.append(TableColumn(text("dash.alerts.col.state"), width: .length(language == .zh ? 6 : 8)))
        let today = today
        let orgColumn = wide ? 2 : 1
        var orgWidth = 0
        let table = Table(
            columns: columns, rowCount: list.count,
            row: { index in
                let alert = list[index]
                let severityStyle: Style = switch alert.severity {
                case .critical: theme[.alertCritical]
                case .warning: theme[.alertWarning]
                case .info: theme[.alertInfo]
                }
                var cells: [TableCell] = [.text(Line(alert.severity.title(language), style: severityStyle))]
                if wide { cells.append(.text(Line(alert.rule.title(language)))) }
                // The most specific part of the path stays; the message line below has all of it.
                let org = alert.orgCode.map(self.orgLabel) ?? StringTable.text("alert.storeWide", language)
                cells.append(.text(Line(HeaderPane.fitFromLeft(org, width: orgWidth))))
                cells.append(.text(Line(alert.figureText(language))))
                if wide { cells.append(.text(Line(text.days(today.number - alert.firstSeen.number), style: theme[.textDim]))) }
                let stateStyle = alert.state == .open ? Style.plain : theme[.textDim]
                cells.append(.text(Line(alert.state.title(language), style: stateStyle)))
                return TableRow(cells, style: alert.state == .open ? .plain : theme[.textDim])
            },
            selectedRow: selectedIndex, scrollOffset: scrollOffset, focused: focused, theme: theme)
        orgWidth = table.columnWidths(totalWidth: inner.width)[orgColumn]
        table.render(in: inner, buffer: &buffer)
        let offset = table.effectiveScrollOffset(in: inner)
        let visible = table.visibleRowCount(in: inner)
        feedback.rowsArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: visible)
        feedback.firstIndex = offset
        feedback.visibleRows = visible
        feedback.ids = list[offset..<min(list.count, offset + visible)].map(\.id)
        if let messageRow, let selectedIndex {
            let alert = list[selectedIndex]
            var message = alert.message(language)
            if let code = alert.orgCode { message = orgLabel(code) + " · " + message }
            if let note = alert.note, !note.isEmpty { message += " · " + text("dash.alerts.note", note) }
            if alert.state == .snoozed, let until = alert.snoozedUntil { message += " · " + text("dash.alerts.until", until.iso) }
            buffer.write(message, x: messageRow.x, y: messageRow.y, maxWidth: messageRow.width, style: theme[.textDim])
        }
        return feedback
    }
}
