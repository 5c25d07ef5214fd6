import Widgets
import XuexiCore

/// The branch's members with a 14-day heatmap of day points, the day's points, the 14-day
/// sum and total points. Enter opens a member's detail.
struct MemberHeatmapPane {
    var members: LoadState<[MemberRow]>
    var sort: MemberSortKey
    var ascending: Bool
    var filter: LearnerFilter
    var selectedIndex: Int?
    var scrollOffset: Int
    var focused: Bool
    var firstDay: Day
    var lastDay: Day

    func render(in area: Rect, buffer: inout ScreenBuffer, context: PaneContext) -> ListFeedback {
        let text = context.text
        let rows = members.value ?? []
        let title = text("dash.branch.members.title") + " · " + text.filterName(filter)
        let block = context.block(title: title, trailing: rows.isEmpty ? nil : "\((selectedIndex ?? 0) + 1)/\(rows.count)", focused: focused)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        var feedback = ListFeedback()
        guard !inner.isEmpty else { return feedback }
        guard members.value != nil else {
            context.drawLoadNotice(members, in: inner, buffer: &buffer)
            return feedback
        }
        guard !rows.isEmpty else {
            context.drawNotice(text("dash.branch.members.none"), in: inner, buffer: &buffer)
            return feedback
        }
        let theme = context.theme
        let marker = text("dash.learners.partyMarker")
        let markerWidth = max(2, DisplayWidth.of(marker))
        // Name, marker, 14 days, day, 14-day sum, days studied, total, with a column gap each.
        let fixed = 8 + markerWidth + 5 + 5 + 5 + 7 + 7
        let cellWidth = inner.width - fixed >= 28 ? 2 : 1
        let stripWidth = 14 * cellWidth
        // Narrow panes give up the days-studied column first, then the 14-day sum.
        let showsStudied = inner.width >= fixed + 14
        let showsRecent = inner.width >= fixed + 14 - 6
        var columns = [
            TableColumn(text("dash.branch.members.col.name"), width: .length(8)),
            TableColumn("", width: .length(markerWidth)),
            TableColumn(text("dash.branch.members.col.days", text.shortDate(firstDay), text.shortDate(lastDay)), width: .length(stripWidth)),
            TableColumn(text("dash.branch.members.col.day"), width: .length(5), alignment: .right),
            TableColumn(text("dash.branch.members.col.recent"), width: .length(5), alignment: .right),
            TableColumn(text("dash.branch.members.col.studied"), width: .length(5), alignment: .right),
            TableColumn(text("dash.branch.members.col.total"), width: .length(7), alignment: .right),
            TableColumn("", width: .fill(1)),
        ]
        if !showsStudied { columns.remove(at: 5) }
        if !showsRecent { columns.remove(at: 4) }
        let totalColumn = 4 + (showsRecent ? 1 : 0) + (showsStudied ? 1 : 0)
        let sortColumn: Int? = switch sort {
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
                    .text(Line(member.dayPoints.map(String.init) ?? MetricFormat.missing, style: (member.dayPoints ?? 0) > 0 ? .plain : theme[.barBad])),
                ]
                if showsRecent { cells.append(.text(Line("\(member.recentPoints)"))) }
                if showsStudied { cells.append(.text(Line("\(member.studiedDays)/\(member.daysWithData)", style: theme[.textDim]))) }
                cells.append(.text(Line(member.days.totalPoints.map(MetricFormat.count) ?? MetricFormat.missing)))
                return TableRow(cells)
            },
            selectedRow: selectedIndex, scrollOffset: scrollOffset, sortColumn: sortColumn, sortAscending: ascending,
            focused: focused, theme: theme)
        table.render(in: inner, buffer: &buffer)
        let offset = table.effectiveScrollOffset(in: inner)
        let visible = table.visibleRowCount(in: inner)
        feedback.rowsArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: visible)
        feedback.firstIndex = offset
        feedback.visibleRows = visible
        feedback.ids = rows[offset..<min(rows.count, offset + visible)].map(\.days.learnerId)
        return feedback
    }
}
