import Widgets
import XuexiCore
import XuexiModel

/// The top learners: tabs for day/week/month/total points, a filter (all/party/masses) in the
/// title, and per row rank, name, a party marker, org and points. Phones are never shown.
struct TopLearnersPane: StatefulPane {
    var entries: LoadState<[LeaderboardEntry]>
    var kind: LeaderboardKind
    var filter: LearnerFilter
    /// The learner's org as a short path below the scope ("田田社区党委/第一党支部"), by org code.
    var orgLabel: (String) -> String

    static let tabs: [LeaderboardKind] = [.day, .week, .month, .total]

    /// The row of board tabs, or nil when the pane is too low for tabs and a list.
    static func tabsArea(in area: Rect) -> Rect? {
        let inner = ListPane.inner(of: area)
        return inner.height >= 2 ? inner.row(0) : nil
    }

    /// Below the tabs: the table (or a notice).
    static func tableArea(in area: Rect) -> Rect? {
        let inner = ListPane.inner(of: area)
        guard inner.height >= 2 else { return nil }
        return Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
    }

    static func tabsWidget(selected kind: LeaderboardKind, context: PaneContext) -> Tabs {
        Tabs(
            titles: tabs.map { context.text.leaderboardName($0) }, selected: tabs.firstIndex(of: kind) ?? 0,
            theme: context.theme)
    }

    func render(in area: Rect, buffer: inout ScreenBuffer, state: ListPaneState, context: PaneContext) {
        let text = context.text
        let title = text(DashText.learnersTitle) + " · " + text.filterName(filter)
        let pane = ListPane(
            title: title, trailing: ListPane.position(selected: state.selectedIndex, count: entries.value?.count ?? 0),
            focused: state.focused)
        _ = pane.drawFrame(in: area, buffer: &buffer, context: context)
        guard let tabsRow = TopLearnersPane.tabsArea(in: area), let body = TopLearnersPane.tableArea(in: area) else {
            return
        }
        TopLearnersPane.tabsWidget(selected: kind, context: context).render(in: tabsRow, buffer: &buffer)
        guard
            ListPane.drawNotice(
                self.entries, isEmpty: entries.value?.isEmpty ?? true, emptyMessage: text(DashText.learnersNone),
                in: body, buffer: &buffer, context: context),
            let entries = entries.value
        else { return }
        let markerWidth = max(2, DisplayWidth.of(text(DashText.learnersPartyMarker)))
        var columns = [
            TableColumn(text(DashText.learnersColRank), width: .length(3), alignment: .right),
            TableColumn(text(DashText.learnersColName), width: .length(body.width >= 50 ? 10 : 6)),
            TableColumn("", width: .length(markerWidth)),
            TableColumn(text(DashText.learnersColOrg), width: .fill(1)),
            TableColumn(
                text(DashText.learnersColPoints),
                width: .length(max(kind == .total ? 7 : 5, DisplayWidth.of(text(DashText.learnersColPoints)))),
                alignment: .right),
        ]
        if body.width < 30 { columns.remove(at: 3) }
        let showsOrg = columns.count == 5
        let theme = context.theme
        let marker = text(DashText.learnersPartyMarker)
        let orgWidth = showsOrg ? Layout.sizes(total: body.width, constraints: columns.map(\.width), spacing: 1)[3] : 0
        let table = Table(
            columns: columns, rowCount: entries.count,
            row: { index in
                let entry = entries[index]
                var cells: [TableCell] = [
                    .text(Line("\(entry.rank)", style: entry.rank <= 3 ? theme[.textAccent] : .plain)),
                    .text(Line(entry.name)),
                    .text(Line(entry.party ? marker : "", style: theme[.rankUp])),
                ]
                if showsOrg {
                    let label = TopLearnersPane.headAndTailCut(self.orgLabel(entry.orgCode), to: orgWidth)
                    cells.append(.text(Line(label, style: theme[.textDim])))
                }
                cells.append(.text(Line(MetricFormat.count(entry.points))))
                return TableRow(cells)
            },
            selectedRow: state.selectedIndex, scrollOffset: state.scrollOffset, focused: state.focused, theme: theme)
        table.render(in: body, buffer: &buffer)
    }

    /// A unit path cut from the left, so the part that tells groups apart stays:
    /// "…/第二党支部/第三学习小组", "…风社区党委/第一党支部". As much of the path as fits is kept.
    static func leadingCut(_ label: String, to width: Int) -> String {
        guard DisplayWidth.of(label) > width, width > 0 else { return label }
        var tail = ""
        for character in label.reversed() {
            let next = String(character) + tail
            if DisplayWidth.of(next) + 1 > width { break }
            tail = next
        }
        return "…" + tail
    }

    /// A unit path that keeps both ends: the start of its first part (the community, which
    /// tells streets' groups apart) and as much of the end as fits ("田田…/第六学习小组",
    /// "田田…支部/第六学习小组"). Falls back to `leadingCut` when there is no room for both.
    static func headAndTailCut(_ label: String, to width: Int) -> String {
        guard DisplayWidth.of(label) > width, width > 0 else { return label }
        let parts = label.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return leadingCut(label, to: width) }
        let head = String(parts[0].prefix(2)) + "…"
        let room = width - DisplayWidth.of(head)
        guard room >= 8 else { return leadingCut(label, to: width) }
        var rest = parts.dropFirst().joined(separator: "/")
        // Too narrow for the group's whole name: 第六学习小组 reads as 第六小组 rather than 学习小组.
        if let last = parts.last, DisplayWidth.of(String(last)) > room, last.hasSuffix("学习小组") {
            rest = String(last.dropLast(4)) + "小组"
        }
        var tail = ""
        for character in rest.reversed() {
            let next = String(character) + tail
            if DisplayWidth.of(next) > room { break }
            tail = next
        }
        // Whole parts read better with their slash: "田田…/第六学习小组".
        let cut = rest.dropLast(tail.count)
        if cut.isEmpty || cut.hasSuffix("/"), DisplayWidth.of("/" + tail) <= room { tail = "/" + tail }
        return head + tail
    }
}
