import Widgets
import XuexiCore
import XuexiModel

/// The branch's members with a 14-day heatmap of day points, the day's points, the 14-day
/// sum and total points. Enter opens a member's detail.
struct MemberHeatmapPane: StatefulPane {
    var members: LoadState<[MemberRow]>
    var sort: MemberSortKey
    var ascending: Bool
    var filter: MemberFilter
    var firstDay: Day
    var lastDay: Day

    func render(in area: Rect, buffer: inout ScreenBuffer, state: ListPaneState, context: PaneContext) {
        let text = context.text
        let rows = members.value ?? []
        let title = text(DashText.branchMembersTitle) + " · " + text(DashText.memberFilter(filter))
        let pane = ListPane(
            title: title, trailing: ListPane.position(selected: state.selectedIndex, count: rows.count),
            focused: state.focused)
        let inner = pane.drawFrame(in: area, buffer: &buffer, context: context)
        guard !inner.isEmpty,
            ListPane.drawNotice(
                members, isEmpty: rows.isEmpty, emptyMessage: text(DashText.branchMembersNone), in: inner,
                buffer: &buffer, context: context)
        else { return }
        let theme = context.theme
        let marker = text(DashText.learnersPartyMarker)
        let markerWidth = max(2, DisplayWidth.of(marker))
        // Name, marker, 14 days, day, 14-day sum, days studied, total, with a column gap each.
        let fixed = 8 + markerWidth + 5 + 5 + 5 + 7 + 7
        let cellWidth = inner.width - fixed >= 28 ? 2 : 1
        let stripWidth = 14 * cellWidth
        // Narrow panes give up the days-studied column first, then the 14-day sum.
        let showsStudied = inner.width >= fixed + 14
        let showsRecent = inner.width >= fixed + 14 - 6
        var columns = [
            TableColumn(text(DashText.branchMembersColName), width: .length(8)),
            TableColumn("", width: .length(markerWidth)),
            TableColumn(
                text(DashText.branchMembersColDays, text.shortDate(firstDay), text.shortDate(lastDay)),
                width: .length(stripWidth)),
            TableColumn(text(DashText.branchMembersColDay), width: .length(5), alignment: .right),
            TableColumn(text(DashText.branchMembersColRecent), width: .length(5), alignment: .right),
            TableColumn(text(DashText.branchMembersColStudied), width: .length(5), alignment: .right),
            TableColumn(text(DashText.branchMembersColTotal), width: .length(7), alignment: .right),
            TableColumn("", width: .fill(1)),
        ]
        if !showsStudied { columns.remove(at: 5) }
        if !showsRecent { columns.remove(at: 4) }
        let totalColumn = 4 + (showsRecent ? 1 : 0) + (showsStudied ? 1 : 0)
        let sortColumn: Int? =
            switch sort {
            case .name: 0
            case .dayPoints: 3
            case .recentPoints: showsRecent ? 4 : nil
            case .totalPoints: totalColumn
            }
        let table = Table(
            columns: columns, rowCount: rows.count,
            row: { index in
                let member = rows[index]
                var cells: [TableCell] = [
                    .text(Line(member.days.name)),
                    .text(Line(member.days.party ? marker : "", style: theme[.rankUp])),
                    .widget(DayPointsStrip(points: member.days.points, cellWidth: cellWidth, theme: theme)),
                    .text(
                        Line(
                            member.dayPoints.map(String.init) ?? MetricFormat.missing,
                            style: (member.dayPoints ?? 0) > 0 ? .plain : theme[.barBad])),
                ]
                if showsRecent { cells.append(.text(Line("\(member.recentPoints)"))) }
                if showsStudied {
                    cells.append(.text(Line("\(member.studiedDays)/\(member.daysWithData)", style: theme[.textDim])))
                }
                cells.append(.text(Line(member.days.totalPoints.map(MetricFormat.count) ?? MetricFormat.missing)))
                return TableRow(cells)
            },
            selectedRow: state.selectedIndex, scrollOffset: state.scrollOffset, sortColumn: sortColumn,
            sortAscending: ascending,
            focused: state.focused, theme: theme)
        table.render(in: inner, buffer: &buffer)
    }
}
