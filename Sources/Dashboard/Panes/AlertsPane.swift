import Foundation
import Widgets
import XuexiCore
import XuexiModel

/// The alerts: severity (coloured), rule, org, headline figure, age and state, with the
/// selected alert's full message underneath. `a` acknowledges with a note, `z` snoozes.
struct AlertsPane: StatefulPane {
    var alerts: LoadState<[Alert]>
    var filter: AlertStateFilter
    var today: Day
    /// The org as a short path below the top org, so "第一学习小组" says which one.
    var orgLabel: (String) -> String

    /// The table's part of the pane, less a line for the selected alert's message when there is room.
    static func tableArea(in area: Rect, selectedIndex: Int?, rowCount: Int) -> Rect {
        let inner = ListPane.inner(of: area)
        guard inner.height >= 4, let selectedIndex, selectedIndex < rowCount else { return inner }
        return Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
    }

    func render(in area: Rect, buffer: inout ScreenBuffer, state: ListPaneState, context: PaneContext) {
        let text = context.text
        let list = alerts.value ?? []
        let title = text(DashText.alertsTitle) + " · " + text(DashText.alertsFilter(filter))
        let pane = ListPane(
            title: title, trailing: ListPane.position(selected: state.selectedIndex, count: list.count),
            focused: state.focused)
        let whole = pane.drawFrame(in: area, buffer: &buffer, context: context)
        guard !whole.isEmpty else { return }
        let emptyMessage = text(filter == .active ? DashText.alertsNoneActive : DashText.alertsNone)
        guard
            ListPane.drawNotice(
                alerts, isEmpty: list.isEmpty, emptyMessage: emptyMessage, in: whole, buffer: &buffer,
                context: context)
        else { return }
        let inner = AlertsPane.tableArea(in: area, selectedIndex: state.selectedIndex, rowCount: list.count)
        let messageRow: Rect? =
            inner.height < whole.height ? Rect(x: whole.x, y: whole.bottom - 1, width: whole.width, height: 1) : nil
        let selectedIndex = state.selectedIndex
        let theme = context.theme
        let language = text.language
        let severityWidth = language == .zh ? 4 : 8
        var columns: [TableColumn] = [TableColumn(text(DashText.alertsColSeverity), width: .length(severityWidth))]
        let wide = inner.width >= 70
        if wide { columns.append(TableColumn(text(DashText.alertsColRule), width: .fill(2))) }
        columns.append(TableColumn(text(DashText.alertsColOrg), width: .fill(2)))
        columns.append(TableColumn(text(DashText.alertsColFigure), width: .length(wide ? 13 : 9), alignment: .right))
        if wide { columns.append(TableColumn(text(DashText.alertsColAge), width: .length(5), alignment: .right)) }
        columns.append(TableColumn(text(DashText.alertsColState), width: .length(language == .zh ? 6 : 8)))
        let today = today
        let orgColumn = wide ? 2 : 1
        var orgWidth = 0
        let table = Table(
            columns: columns, rowCount: list.count,
            row: { index in
                let alert = list[index]
                let severityStyle: Style =
                    switch alert.severity {
                    case .critical: theme[.alertCritical]
                    case .warning: theme[.alertWarning]
                    case .info: theme[.alertInfo]
                    }
                var cells: [TableCell] = [.text(Line(alert.severity.title(language), style: severityStyle))]
                if wide { cells.append(.text(Line(alert.rule.title(language)))) }
                // The most specific part of the path stays; the message line below has all of it.
                let org = alert.orgCode.map(self.orgLabel) ?? StringTable.text(AlertText.storeWide, language)
                cells.append(.text(Line(HeaderPane.fitFromLeft(org, width: orgWidth))))
                cells.append(.text(Line(alert.figureText(language))))
                if wide {
                    cells.append(.text(Line(text.days(today.number - alert.firstSeen.number), style: theme[.textDim])))
                }
                let stateStyle = alert.state == .open ? Style.plain : theme[.textDim]
                cells.append(.text(Line(alert.state.title(language), style: stateStyle)))
                return TableRow(cells, style: alert.state == .open ? .plain : theme[.textDim])
            },
            selectedRow: selectedIndex, scrollOffset: state.scrollOffset, focused: state.focused, theme: theme)
        orgWidth = table.columnWidths(totalWidth: inner.width)[orgColumn]
        table.render(in: inner, buffer: &buffer)
        if let messageRow, let selectedIndex {
            let alert = list[selectedIndex]
            var message = alert.message(language)
            if let code = alert.orgCode { message = orgLabel(code) + " · " + message }
            if let note = alert.note, !note.isEmpty { message += " · " + text(DashText.alertsNote, note) }
            if alert.state == .snoozed, let until = alert.snoozedUntil {
                message += " · " + text(DashText.alertsUntil, until.iso)
            }
            buffer.write(message, x: messageRow.x, y: messageRow.y, maxWidth: messageRow.width, style: theme[.textDim])
        }
    }
}
