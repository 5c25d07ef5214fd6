import Widgets
import XuexiCore
import XuexiModel

/// Points by platform item (阅读文章, 视听学习, …) where the exports carried the breakdown;
/// says so plainly where they did not.
struct ItemBreakdownPane: StatefulPane {
    var items: LoadState<[ItemPoints]>
    var period: DashboardPeriod
    /// `--from`/`--to`: named instead of the period.
    var range: Period? = nil

    func render(in area: Rect, buffer: inout ScreenBuffer, state _: Void, context: PaneContext) {
        let text = context.text
        let block = context.block(
            title: text(DashText.branchItemsTitle, text.periodName(period, range: range)), trailing: nil, focused: false
        )
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        guard !inner.isEmpty else { return }
        guard let items = items.value else {
            context.drawLoadNotice(self.items, in: inner, buffer: &buffer)
            return
        }
        guard !items.isEmpty else {
            context.drawNotice(text(DashText.branchItemsNone), in: inner, buffer: &buffer)
            return
        }
        let total = max(1, items.reduce(0) { $0 + $1.points })
        let labelWidth = min(inner.width / 3, items.map { DisplayWidth.of($0.item) }.max() ?? 8)
        for (row, item) in items.prefix(inner.height).enumerated() {
            let y = inner.y + row
            buffer.write(DisplayWidth.fit(item.item, to: labelWidth), x: inner.x, y: y, maxWidth: labelWidth)
            let value = MetricFormat.count(item.points)
            let gauge = Gauge(ratio: Double(item.points) / Double(total), label: value, theme: context.theme)
            gauge.render(
                in: Rect(x: inner.x + labelWidth + 1, y: y, width: inner.width - labelWidth - 1, height: 1),
                buffer: &buffer)
        }
    }
}
