import Widgets
import XuexiCore
import XuexiModel

/// The organizations pane: the tree with, per row, registered/expected, registration rate,
/// the activity-rate bar coloured by threshold, average points, a 7-day sparkline and the
/// rank among siblings with ▲/▼. Only the rows on screen are built (a city has 9,600 orgs).
struct OrgTreePane: StatefulPane {
    var model: LoadState<OrgTreeModel>
    var rows: [VisibleOrgRow]
    var sparklines: [String: [Double?]]
    var sort: OrgSortKey
    var ascending: Bool
    var filter: OrgFilter
    var period: DashboardPeriod
    /// `--from`/`--to`: named instead of the period.
    var range: Period? = nil

    enum Column: Equatable {
        case name, registered, registrationRate, activity, average, sparkline, rank
        /// Shown only when the pane is wide: width goes to more figures, not to padding.
        case partyCoverage, partyActivity
        /// How many have reached a club threshold (1万+, 2万+, …): the index in `clubs`, and the threshold.
        case club(Int, threshold: Int)
    }

    /// The table's part of the pane: all of it, less a line under the table that describes
    /// the selected org in full when there is room.
    static func tableArea(in area: Rect, selectedIndex: Int?, rowCount: Int) -> Rect {
        let inner = ListPane.inner(of: area)
        guard inner.height >= 9, let selectedIndex, selectedIndex < rowCount else { return inner }
        return Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
    }

    func render(in area: Rect, buffer: inout ScreenBuffer, state: ListPaneState, context: PaneContext) {
        let text = context.text
        var title = text(DashText.orgsTitle) + " · " + text.periodName(period, range: range)
        if let suffix = DashText.orgsFilter(filter) { title += " · " + text(suffix) }
        let pane = ListPane(
            title: title, trailing: ListPane.position(selected: state.selectedIndex, count: rows.count),
            focused: state.focused)
        let inner = pane.drawFrame(in: area, buffer: &buffer, context: context)
        guard !inner.isEmpty else { return }
        let emptyMessage = (model.value?.rows.isEmpty ?? true) ? text(DashText.orgsNone) : text(DashText.orgsNoneBelow)
        guard
            ListPane.drawNotice(
                model, isEmpty: rows.isEmpty, emptyMessage: emptyMessage, in: inner, buffer: &buffer,
                context: context),
            let model = model.value
        else { return }
        let tableArea = OrgTreePane.tableArea(in: area, selectedIndex: state.selectedIndex, rowCount: rows.count)
        let columns = layout(width: tableArea.width, model: model, text: text)
        let table = Table(
            columns: columns.map(\.column), rowCount: rows.count,
            row: { index in
                self.tableRow(self.rows[index], model: model, columns: columns.map(\.kind), context: context)
            },
            selectedRow: state.selectedIndex, scrollOffset: state.scrollOffset,
            sortColumn: columns.firstIndex { $0.kind == sortColumn }, sortAscending: ascending,
            focused: state.focused, theme: context.theme)
        table.render(in: tableArea, buffer: &buffer)
        if tableArea.height < inner.height, let selectedIndex = state.selectedIndex {
            let detailRow = Rect(x: inner.x, y: inner.bottom - 1, width: inner.width, height: 1)
            renderDetail(model.rows[rows[selectedIndex].index], in: detailRow, buffer: &buffer, context: context)
        }
    }

    private var sortColumn: Column? {
        switch sort {
        case .tree: nil
        case .name: .name
        case .registered: .registered
        case .registrationRate: .registrationRate
        case .activityRate: .activity
        case .averagePoints: .average
        case .rank: .rank
        }
    }

    private func layout(width: Int, model: OrgTreeModel, text: DashboardText) -> [(kind: Column, column: TableColumn)] {
        func columnTitle(_ kind: Column) -> String { OrgTreePane.title(of: kind, text: text) }
        // The widest registered/expected figure is the top org's; size the column for it.
        let widest = model.roots.map { OrgTreePane.registeredText(model.rows[$0]) }.map(DisplayWidth.of).max() ?? 9
        let registeredWidth = min(15, max(9, widest, DisplayWidth.of(columnTitle(.registered))))
        let gaugeWidth = width >= 96 ? 18 : (width >= 72 ? 13 : 11)
        var kinds: [Column] = [.name, .registered, .registrationRate, .activity, .average, .sparkline, .rank]
        if width < 66 { kinds.removeAll { $0 == .sparkline } }
        if width < 56 { kinds.removeAll { $0 == .registrationRate } }
        if width < 46 { kinds.removeAll { $0 == .registered } }
        // "2/25▲7" and "25/25▼24" line up: rank, count and change each get the digits of the
        // largest sibling count.
        let digits = String(rows.map { model.rows[$0.index].siblingCount }.max() ?? 9).count
        let rankWidth = 3 * digits + 2
        func columnWidth(of kind: Column) -> Int {
            // A sorted column's title is never cut to make room for ▲/▼.
            let titled = DisplayWidth.of(columnTitle(kind)) + (kind == sortColumn ? 1 : 0)
            switch kind {
            case .name: return titled
            case .registered: return max(registeredWidth, titled)
            case .registrationRate, .partyCoverage, .partyActivity: return max(6, titled)
            case .activity: return max(gaugeWidth, titled)
            case .average: return max(5, titled)
            case .sparkline: return 7
            case .rank: return max(rankWidth, titled)
            case .club: return max(7, titled)
            }
        }
        // Names at their natural width first; what is left buys more figures.
        let nameNatural = rows.map { 2 * $0.depth + 2 + DisplayWidth.of(model.rows[$0.index].name) }.max() ?? 0
        var used =
            max(nameNatural, columnWidth(of: .name)) + kinds.dropFirst().reduce(0) { $0 + columnWidth(of: $1) + 1 }
        let clubs = rows.first.map { model.rows[$0.index].clubs } ?? []
        let extras: [Column] =
            [.partyCoverage, .partyActivity]
            + clubs.enumerated().map { Column.club($0.offset, threshold: $0.element.threshold) }
        for extra in extras where used + columnWidth(of: extra) + 1 <= width {
            kinds.insert(extra, at: kinds.firstIndex(of: .sparkline) ?? kinds.count - 1)
            used += columnWidth(of: extra) + 1
        }
        return kinds.map { kind in
            switch kind {
            case .name: (kind, TableColumn(columnTitle(kind), width: .fill(1)))
            case .activity, .sparkline: (kind, TableColumn(columnTitle(kind), width: .length(columnWidth(of: kind))))
            default: (kind, TableColumn(columnTitle(kind), width: .length(columnWidth(of: kind)), alignment: .right))
            }
        }
    }

    static func title(of column: Column, text: DashboardText) -> String {
        switch column {
        case .name: text(DashText.orgsColName)
        case .registered: text(DashText.orgsColRegistered)
        case .registrationRate: text(DashText.orgsColRegistrationRate)
        case .activity: text(DashText.orgsColActivity)
        case .average: text(DashText.orgsColAverage)
        case .sparkline: text(DashText.orgsColSparkline)
        case .rank: text(DashText.orgsColRank)
        case .partyCoverage: text(DashText.orgsColPartyCoverage)
        case .partyActivity: text(DashText.orgsColPartyActivity)
        case .club(_, let threshold): MetricFormat.club(threshold, text.language)
        }
    }

    static func registeredText(_ row: OrgFigures) -> String {
        "\(MetricFormat.count(row.registered))/\(MetricFormat.count(row.expected ?? row.listed))"
    }

    private func tableRow(_ visible: VisibleOrgRow, model: OrgTreeModel, columns: [Column], context: PaneContext)
        -> TableRow
    {
        let row = model.rows[visible.index]
        let glyphs = context.glyphs
        let theme = context.theme
        var cells: [TableCell] = []
        for column in columns {
            switch column {
            case .name:
                var guide = ""
                if visible.depth > 0 {
                    for continues in visible.ancestorsContinue {
                        guide += continues ? glyphs.treePipe : glyphs.treeSpace
                    }
                    guide += visible.isLast ? glyphs.treeLastBranch : glyphs.treeBranch
                }
                let marker =
                    visible.hasChildren
                    ? (visible.isExpanded ? glyphs.expanded : glyphs.collapsed)
                    : (visible.depth > 0 ? glyphs.leaf : glyphs.treeSpace)
                cells.append(.text(Line(spans: [Span(guide + marker, style: theme[.treeGuide]), Span(row.name)])))
            case .registered:
                cells.append(.text(Line(OrgTreePane.registeredText(row))))
            case .registrationRate:
                let style =
                    (row.registrationRate ?? 1) < context.configuration.registrationTarget
                    ? theme[.textDim] : Style.plain
                cells.append(.text(Line(MetricFormat.percent(row.registrationRate), style: style)))
            case .activity:
                if let rate = row.activityRate {
                    cells.append(
                        .widget(
                            Gauge(
                                ratio: rate, label: MetricFormat.percent(rate), thresholds: context.activityThresholds,
                                theme: theme)))
                } else {
                    cells.append(.text(Line(MetricFormat.missing, style: theme[.textDim], alignment: .right)))
                }
            case .average:
                cells.append(.text(Line(MetricFormat.decimal(row.averagePoints))))
            case .sparkline:
                // Scaled to its own week (at least 5 points tall, so a flat week stays flat and a
                // weekend dip shows); days under the target take the warning colour.
                let values = sparklines[row.code] ?? []
                let (low, high) = OrgTreePane.sparklineRange(values)
                cells.append(
                    values.isEmpty
                        ? .text("")
                        : .widget(
                            Sparkline(
                                values: values, maxValue: high, minValue: low, scale: .series,
                                target: context.configuration.activityTarget, theme: theme)))
            case .rank:
                cells.append(.text(OrgTreePane.rankLine(row, theme: theme, by: sort)))
            case .partyCoverage:
                cells.append(.text(Line(MetricFormat.percent(row.partyCoverage))))
            case .partyActivity:
                cells.append(
                    .text(
                        Line(
                            MetricFormat.percent(row.partyActivityRate),
                            style: context.activityStyle(row.partyActivityRate))))
            case .club(let index, _):
                let count = index < row.clubs.count ? MetricFormat.count(row.clubs[index].all) : MetricFormat.missing
                cells.append(.text(Line(count)))
            }
        }
        return TableRow(cells)
    }

    /// A week's own scale: lowest to highest rate, widened to at least 5 points around its middle.
    static func sparklineRange(_ rates: [Double?]) -> (low: Double?, high: Double?) {
        let known = rates.compactMap { $0 }
        guard var low = known.min(), var high = known.max() else { return (nil, nil) }
        if high - low < 0.05 {
            let middle = (low + high) / 2
            low = max(0, middle - 0.025)
            high = low + 0.05
        }
        return (low, high)
    }

    /// "3/25▲2": rank among ranked siblings and the change since the previous period. The
    /// rank shown is the one of the sort: by registration rate or average points when the
    /// tree is sorted by them, else by activity rate (the only one with a previous rank).
    static func rankLine(_ row: OrgFigures, theme: Theme, by sort: OrgSortKey = .activityRate, aligned: Bool = true)
        -> Line
    {
        let shown: Int? =
            switch sort {
            case .registrationRate: row.registrationRank
            case .averagePoints: row.pointsRank
            default: row.rank
            }
        guard let rank = shown else { return Line(MetricFormat.missing, style: theme[.textDim]) }
        // Fixed widths (the rank padded to the count's digits, the change after it), so a
        // right-aligned column lines up whatever the numbers: " 2/25▲7 " over "25/25▼24".
        let digits = aligned ? String(row.siblingCount).count : 0
        let rankText = String(repeating: " ", count: max(0, digits - String(rank).count)) + "\(rank)"
        var spans = [Span(rankText + "/\(row.siblingCount)")]
        var change = ""
        var style = Style.plain
        if shown == row.rank, let delta = row.rankChange, delta != 0 {
            change = (delta > 0 ? theme.glyphs.rankUp : theme.glyphs.rankDown) + "\(abs(delta))"
            style = theme[delta > 0 ? .rankUp : .rankDown]
        }
        spans.append(Span(change, style: style))
        if aligned { spans.append(Span(String(repeating: " ", count: max(0, digits + 1 - DisplayWidth.of(change))))) }
        return Line(spans: spans)
    }

    /// "较上期 活跃度 +3.2 个百分点 注册 +45 人 日均 +0.4 分" from the shared comparison.
    static func changeText(_ code: String, comparison: ReportComparison?, text: DashboardText) -> String? {
        guard let comparison, let change = comparison.change(code) else { return nil }
        return text(
            comparison.sameDays ? DashText.changePreviousSameDays : DashText.changePrevious, change.activityText,
            change.registeredText, change.averagePointsText)
    }

    private func renderDetail(_ row: OrgFigures, in area: Rect, buffer: inout ScreenBuffer, context: PaneContext) {
        let text = context.text
        var parts = [(model.value?.label(code: row.code) ?? row.name) + " " + row.code]
        parts.append(
            text(
                DashText.orgsDetailActive,
                row.active.map { MetricFormat.count(Int($0.rounded())) } ?? MetricFormat.missing,
                MetricFormat.count(row.registered)))
        if let change = Self.changeText(row.code, comparison: model.value?.comparison, text: text) {
            parts.append(change)
        }
        parts.append(MetricFormat.clubs(row.clubs, context.text.language))
        if let behind = row.activityBehind {
            parts.append(text(DashText.orgsDetailBehind, MetricFormat.gap(behind * 100)))
        }
        if period != .day { parts.append(text(DashText.orgsDetailDays, row.daysWithData)) }
        buffer.write(
            parts.joined(separator: "  "), x: area.x, y: area.y, maxWidth: area.width, style: context.theme[.textDim])
    }
}
