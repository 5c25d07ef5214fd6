import Widgets
import XuexiCore
import XuexiModel

/// The branch's activity rate over 30 days as a line chart, with the target as a second,
/// flat line so "below target" reads at a glance.
struct BranchChartPane: StatefulPane {
    /// Tens of percent around the data, so a 60–70% month does not hug one line of the chart.
    static func range(_ values: [Double]) -> ClosedRange<Double> {
        let low = max(0, (((values.min() ?? 0) - 5) / 10).rounded(.down) * 10)
        let high = min(100, (((values.max() ?? 100) + 5) / 10).rounded(.up) * 10)
        return low < high ? low...high : 0...100
    }

    var series: LoadState<[DailyFigures?]>
    var lastDay: Day

    func render(in area: Rect, buffer: inout ScreenBuffer, state _: Void, context: PaneContext) {
        let text = context.text
        let block = context.block(title: text(DashText.branchChartTitle), trailing: nil, focused: false)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        guard let days = series.value else {
            context.drawLoadNotice(series, in: inner, buffer: &buffer)
            return
        }
        let rates = days.map { $0?.activityRate.map { $0 * 100 } ?? .nan }
        guard rates.contains(where: { !$0.isNaN }) else {
            context.drawNotice(text(DashText.branchChartNone), in: inner, buffer: &buffer)
            return
        }
        let target = context.configuration.activityTarget * 100
        let first = lastDay.adding(-(days.count - 1))
        let middle = lastDay.adding(-(days.count - 1) / 2)
        let chart = LineChart(
            series: [
                ChartSeries(name: text(DashText.branchChartRate), values: rates, style: context.theme[.chart]),
                ChartSeries(
                    name: text(
                        DashText.branchChartTarget,
                        MetricFormat.percent(context.configuration.activityTarget, digits: 0)),
                    values: Array(repeating: target, count: days.count), style: context.theme[.chartSecondary]),
            ],
            xLabels: [text.shortDate(first), text.shortDate(middle), text.shortDate(lastDay)],
            yRange: BranchChartPane.range(rates.filter { !$0.isNaN } + [target]),
            gapLabel: text(DashText.branchChartGap), theme: context.theme,
            valueFormatter: { "\(Int($0.rounded()))%" })
        chart.render(in: inner, buffer: &buffer)
    }
}
