import Widgets
import XuexiCore

/// The top learners: tabs for day/week/month/total points, a filter (all/party/masses) in the
/// title, and per row rank, name, a party marker, org and points. Phones are never shown.
struct TopLearnersPane {
    var entries: LoadState<[LeaderboardEntry]>
    var kind: LeaderboardKind
    var filter: LearnerFilter
    var selectedIndex: Int?
    var scrollOffset: Int
    var focused: Bool
    /// The learner's org as a short path below the scope ("田田社区党委/第一党支部"), by org code.
    var orgLabel: (String) -> String

    static let tabs: [LeaderboardKind] = [.day, .week, .month, .total]

    struct Feedback {
        var list = ListFeedback()
        var tabsArea = Rect.zero
        var tabs: Tabs?
    }

    func render(in area: Rect, buffer: inout ScreenBuffer, context: PaneContext) -> Feedback {
        let text = context.text
        let title = text("dash.learners.title") + " · " + text.filterName(filter)
        let count = entries.value?.count ?? 0
        let block = context.block(title: title, trailing: count > 0 ? "\((selectedIndex ?? 0) + 1)/\(count)" : nil, focused: focused)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        var feedback = Feedback()
        guard inner.height >= 2 else { return feedback }
        let tabs = Tabs(titles: TopLearnersPane.tabs.map { text.leaderboardName($0) }, selected: TopLearnersPane.tabs.firstIndex(of: kind) ?? 0, theme: context.theme)
        let tabsRow = inner.row(0)
        tabs.render(in: tabsRow, buffer: &buffer)
        feedback.tabsArea = tabsRow
        feedback.tabs = tabs
        let body = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        guard let entries = entries.value else {
            context.drawLoadNotice(self.entries, in: body, buffer: &buffer)
            return feedback
        }
        guard !entries.isEmpty else {
            context.drawNotice(text("dash.learners.none"), in: body, buffer: &buffer)
            return feedback
        }
        let markerWidth = max(2, DisplayWidth.of(text("dash.learners.partyMarker")))
        var columns = [
            TableColumn(text("dash.learners.col.rank"), width: .length(3), alignment: .right),
            TableColumn(text("dash.learners.col.name"), width: .length(body.width >= 50 ? 10 : 6)),
            TableColumn("", width: .length(markerWidth)),
            TableColumn(text("dash.learners.col.org"), width: .fill(1)),
            TableColumn(text("dash.learners.col.points"), width: .length(max(kind == .total ? 7 : 5, DisplayWidth.of(text("dash.learners.col.points")))), alignment: .right),
        ]
        if body.width < 30 { columns.remove(at: 3) }
        let showsOrg = columns.count == 5
        let theme = context.theme
        let marker = text("dash.learners.partyMarker")
        let table = Table(
            columns: columns, rowCount: entries.count,
            row: { index in
                let entry = entries[index]
                var cells: [TableCell] = [
                    .text(Line("\(entry.rank)", style: entry.rank <= 3 ? theme[.textAccent] : .plain)),
                    .text(Line(entry.name)),
                    .text(Line(entry.party ? marker : "", style: theme[.rankUp])),
                ]
                if showsOrg { cells.append(.text(Line(self.orgLabel(entry.orgCode), style: theme[.textDim]))) }
                cells.append(.text(Line(MetricFormat.count(entry.points))))
                return TableRow(cells)
            },
            selectedRow: selectedIndex, scrollOffset: scrollOffset, focused: focused, theme: theme)
        table.render(in: body, buffer: &buffer)
        let offset = table.effectiveScrollOffset(in: body)
        let visible = table.visibleRowCount(in: body)
        feedback.list.rowsArea = Rect(x: body.x, y: body.y + 1, width: body.width, height: visible)
        feedback.list.firstIndex = offset
        feedback.list.visibleRows = visible
        feedback.list.ids = entries[offset..<min(entries.count, offset + visible)].map(\.learnerId)
        return feedback
    }
}
