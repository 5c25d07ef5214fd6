import Foundation
import Widgets
import XuexiCore
import XuexiModel

/// The alerts: severity (coloured), rule, org, headline figure, age and state, with the
/// selected alert's full message underneath. `a` acknowledges with a note, `z` snoozes.
struct AlertsPane: StatefulPane {
    var alerts: LoadState<[Alert]>
    var rows: [AlertTriageRow]
    var groups: [AlertGroup]
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
        let rows = rows
        let inside = groups.reduce(0) { $0 + $1.memberCount }
        let title =
            text(DashText.alertsTitle) + " · " + text(DashText.alertsFilter(filter)) + " · "
            + text(DashText.alertsGroupCount, groups.count, inside)
        let pane = ListPane(
            title: title, trailing: ListPane.position(selected: state.selectedIndex, count: rows.count),
            focused: state.focused)
        let whole = pane.drawFrame(in: area, buffer: &buffer, context: context)
        guard !whole.isEmpty else { return }
        let emptyMessage = text(filter == .active ? DashText.alertsNoneActive : DashText.alertsNone)
        guard
            ListPane.drawNotice(
                alerts, isEmpty: rows.isEmpty, emptyMessage: emptyMessage, in: whole, buffer: &buffer,
                context: context)
        else { return }
        let inner = AlertsPane.tableArea(in: area, selectedIndex: state.selectedIndex, rowCount: rows.count)
        let messageRow: Rect? =
            inner.height < whole.height ? Rect(x: whole.x, y: whole.bottom - 1, width: whole.width, height: 1) : nil
        let theme = context.theme
        let language = text.language
        let wide = inner.width >= 70
        // The short rule label stays at every width: two rows of one org must say which rule.
        var columns: [TableColumn] = [
            TableColumn(text(DashText.alertsColSeverity), width: .length(language == .zh ? 4 : 8)),
            TableColumn(text(DashText.alertsColRule), width: .length(language == .zh ? 4 : 6)),
            TableColumn(text(DashText.alertsColOrg), width: .fill(2)),
            TableColumn(text(DashText.alertsColFigure), width: .length(wide ? 13 : 9), alignment: .right),
        ]
        if wide { columns.append(TableColumn(text(DashText.alertsColAge), width: .length(5), alignment: .right)) }
        columns.append(TableColumn(text(DashText.alertsColState), width: .length(language == .zh ? 6 : 8)))
        var orgWidth = 0
        let table = Table(
            columns: columns, rowCount: rows.count,
            row: { index in
                self.cells(rows[index], wide: wide, orgWidth: orgWidth, context: context)
            },
            selectedRow: state.selectedIndex, scrollOffset: state.scrollOffset, focused: state.focused, theme: theme)
        orgWidth = table.columnWidths(totalWidth: inner.width)[2]
        table.render(in: inner, buffer: &buffer)
        if let messageRow, let selectedIndex = state.selectedIndex, selectedIndex < rows.count {
            buffer.write(
                message(rows[selectedIndex], language: language, text: text), x: messageRow.x, y: messageRow.y,
                maxWidth: messageRow.width, style: theme[.textDim])
        }
    }

    private func cells(_ row: AlertTriageRow, wide: Bool, orgWidth: Int, context: PaneContext) -> TableRow {
        let theme = context.theme
        let text = context.text
        let language = text.language
        let (rule, severity): (AlertRule, AlertSeverity) =
            switch row {
            case .group(let group): (group.rule, group.severity)
            case .alert(let alert, _): (alert.rule, alert.severity)
            case .member(let member): (member.alert.rule, member.alert.severity)
            }
        let severityStyle: Style =
            switch severity {
            case .critical: theme[.alertCritical]
            case .warning: theme[.alertWarning]
            case .info: theme[.alertInfo]
            }
        var cells: [TableCell] = [
            .text(Line(severity.title(language), style: severityStyle)), .text(Line(rule.shortLabel(language))),
        ]
        var state = ""
        var open = true
        switch row {
        case .group(let group):
            // The start of the title says what it is; the message line below has all of it.
            // The rule's label is in its own column; the message line below has the whole title.
            let summary = group.summary(language)
            cells.append(.text(Line("▸ " + (summary.isEmpty ? group.rule.title(language) : summary))))
            cells.append(.text(Line(text(DashText.alertsItems, group.memberCount))))
            if wide {
                let days = group.alerts.map { $0.daysOfData ?? 1 }.max() ?? 1
                cells.append(.text(Line(text.days(days), style: theme[.textDim])))
            }
            let opened = group.alerts.contains { $0.state == .open }
            state = (opened ? AlertState.open : group.alerts[0].state).title(language)
            open = opened
        case .alert(let alert, _):
            let org = alert.orgCode.map(self.orgLabel) ?? StringTable.text(AlertText.storeWide, language)
            cells.append(.text(Line(HeaderPane.fitFromLeft("  " + org, width: orgWidth))))
            cells.append(.text(Line(alert.figureText(language))))
            if wide { cells.append(.text(Line(text.days(alert.daysOfData ?? 1), style: theme[.textDim]))) }
            state = alert.state.title(language)
            open = alert.state == .open
        case .member(let member):
            cells.append(.text(Line(HeaderPane.fitFromLeft("    " + member.title, width: orgWidth))))
            cells.append(.text(Line(member.figure)))
            if wide { cells.append(.text(Line(""))) }
            open = member.alert.state == .open
        }
        cells.append(.text(Line(state, style: open ? Style.plain : theme[.textDim])))
        return TableRow(cells, style: open ? .plain : theme[.textDim])
    }

    private func message(_ row: AlertTriageRow, language: Language, text: DashboardText) -> String {
        switch row {
        case .group(let group):
            return group.title(language)
        case .member(let member):
            return member.message
        case .alert(let alert, _):
            var message = alert.message(language)
            if let code = alert.orgCode { message = orgLabel(code) + " · " + message }
            if let note = alert.note, !note.isEmpty { message += " · " + text(DashText.alertsNote, note) }
            if alert.state == .snoozed, let until = alert.snoozedUntil {
                message += " · " + text(DashText.alertsUntil, until.iso)
            }
            return message
        }
    }
}
