import Widgets
import XuexiCore
import XuexiModel

/// The branch's figures for the period and its rank among its siblings, with the siblings
/// listed around it (落后 N 分 as the admin console shows it).
struct BranchSummaryPane: StatefulPane {
    var model: LoadState<OrgTreeModel>
    var orgCode: String
    var period: DashboardPeriod
    /// `--from`/`--to`: named instead of the period.
    var range: Period? = nil
    /// The console's own ranking, if a member report carried one.
    var console: ConsoleStanding? = nil

    func render(in area: Rect, buffer: inout ScreenBuffer, state _: Void, context: PaneContext) {
        let text = context.text
        let block = context.block(
            title: text(DashText.branchSummaryTitle, text.periodName(period, range: range)), trailing: nil,
            focused: false)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        guard let model = model.value else {
            context.drawLoadNotice(self.model, in: inner, buffer: &buffer)
            return
        }
        guard let index = model.indexByCode[orgCode] else {
            context.drawNotice(text(DashText.branchUnknownOrg, orgCode), in: inner, buffer: &buffer)
            return
        }
        let row = model.rows[index]
        let theme = context.theme
        let label = theme[.textDim]
        // Ranks and the console's rank before the changes and clubs: a short pane keeps them.
        var lines = figureLines(row, context: context) + rankLines(row, width: inner.width, context: context)
        let siblingNames = model.siblings(of: index).map { model.rows[$0].name }
        if let console, let entry = console.entry(named: row.name, siblingNames: siblingNames) {
            lines.append(
                Line(
                    text(
                        DashText.branchSummaryConsole, entry.rank, console.entries.count,
                        text.shortDate(console.day), MetricFormat.decimal(entry.avgScore, digits: 2)), style: label))
        }
        if let comparison = model.comparison, let change = comparison.change(row.code) {
            lines.append(
                Line(
                    text(
                        comparison.sameDays ? DashText.branchChangeSameDays : DashText.branchChange,
                        change.activityText), style: label))
            lines.append(
                Line(text(DashText.branchChangeCounts, change.registeredText, change.averagePointsText), style: label))
        }
        lines.append(Line(MetricFormat.clubs(row.clubs, context.text.language), style: label))
        var y = inner.y
        for line in lines where y < inner.bottom {
            buffer.write(line, x: inner.x, y: y, maxWidth: inner.width)
            y += 1
        }
        guard y + 2 <= inner.bottom else { return }
        buffer.write(
            text(DashText.branchSummarySiblings), x: inner.x, y: y, maxWidth: inner.width, style: theme[.tableHeader])
        y += 1
        let siblings = model.siblings(of: index)
        let room = inner.bottom - y
        // Keep the branch itself in view: centre the list on it.
        let position = siblings.firstIndex(of: index) ?? 0
        let start = max(0, min(position - room / 2, siblings.count - room))
        for sibling in siblings[start..<min(siblings.count, start + room)] {
            let figures = model.rows[sibling]
            let isSelf = sibling == index
            let rankText = figures.rank.map { String(format: "%3d", $0) } ?? "  —"
            let rate = MetricFormat.percent(figures.activityRate)
            let rateWidth = DisplayWidth.of(rate)
            let nameWidth = max(1, inner.width - 5 - rateWidth - 1)
            let style = isSelf ? theme[.selection] : Style.plain
            if isSelf { buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style) }
            buffer.write(rankText + " ", x: inner.x, y: y, maxWidth: 4, style: style)
            buffer.write(figures.name, x: inner.x + 4, y: y, maxWidth: nameWidth, style: style)
            buffer.write(
                rate, x: inner.right - rateWidth, y: y, maxWidth: rateWidth,
                style: isSelf ? style : context.activityStyle(figures.activityRate))
            y += 1
        }
    }

    /// Registered, activity and average points of the period.
    private func figureLines(_ row: OrgFigures, context: PaneContext) -> [Line] {
        let text = context.text
        let label = context.theme[.textDim]
        return [
            Line(spans: [
                Span(text(DashText.branchSummaryRegistered) + " ", style: label),
                Span(OrgTreePane.registeredText(row)), Span("  " + MetricFormat.percent(row.registrationRate)),
            ]),
            Line(spans: [
                Span(text(DashText.branchSummaryActivity) + " ", style: label),
                Span(
                    MetricFormat.percent(row.activityRate), style: context.activityStyle(row.activityRate).adding(.bold)
                ),
                Span(
                    "  " + text(DashText.branchSummaryActiveCount, MetricFormat.decimal(row.active, digits: 0)),
                    style: label),
            ]),
            Line(spans: [
                Span(text(DashText.branchSummaryAverage) + " ", style: label),
                Span(MetricFormat.decimal(row.averagePoints)),
            ]),
        ]
    }

    /// The rank by activity with the gap in percentage points, then the ranks by registration
    /// rate and average points (with the points gap). A gap that does not fit beside the rank
    /// gets a line of its own, so "落后28.6个百分点" is never cut at 80 columns.
    private func rankLines(_ row: OrgFigures, width: Int, context: PaneContext) -> [Line] {
        let text = context.text
        let label = context.theme[.textDim]
        var rankSpans = [Span(text(DashText.branchSummaryRank) + " ", style: label)]
        rankSpans += OrgTreePane.rankLine(row, theme: context.theme, aligned: false).spans
        var lines: [Line] = []
        if let behind = row.activityBehind {
            let gap = text(DashText.branchSummaryBehind, MetricFormat.gap(behind * 100))
            let rankWidth = Line(spans: rankSpans).width
            if rankWidth + 2 + DisplayWidth.of(gap) <= width {
                rankSpans.append(Span("  " + gap, style: label))
                lines.append(Line(spans: rankSpans))
            } else {
                lines += [Line(spans: rankSpans), Line(gap, style: label)]
            }
        } else {
            lines.append(Line(spans: rankSpans))
        }
        let registrationRank = row.registrationRank.map(String.init) ?? MetricFormat.missing
        let pointsRank = row.pointsRank.map(String.init) ?? MetricFormat.missing
        lines.append(
            Line(
                row.pointsBehind.map {
                    text(DashText.branchSummaryOtherRanksBehind, registrationRank, pointsRank, MetricFormat.gap($0))
                } ?? text(DashText.branchSummaryOtherRanks, registrationRank, pointsRank), style: label))
        return lines
    }
}
