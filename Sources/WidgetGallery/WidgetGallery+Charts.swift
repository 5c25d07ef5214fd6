import Widgets

extension WidgetGallery {
    /// Gauges at every threshold level, sparklines (block, ASCII fallback, two rows), a
    /// braille line chart, a block area chart and a member × day heatmap.
    func renderCharts(in area: Rect, buffer: inout ScreenBuffer) {
        let wide = area.width >= 100
        // Wide screens give the heatmap room for all fourteen days (labels, 14 × 2 columns, borders).
        let columns = Layout.split(
            area, direction: .horizontal,
            constraints: wide ? [.fill(1), .fill(1), .length(43)] : [.fill(1), .fill(1)], spacing: 1)
        let left = Layout.split(
            columns[0], direction: .vertical,
            constraints: wide ? [.length(5), .fill(1)] : [.length(5), .length(6), .fill(1)])
        renderGauges(in: left[0], buffer: &buffer)
        renderSparklines(in: left[1], buffer: &buffer)
        let chartColumn = columns[1]
        let charts = Layout.split(chartColumn, direction: .vertical, constraints: [.fill(1), .fill(1)])
        renderLineChart(in: charts[0], buffer: &buffer)
        renderAreaChart(in: charts[1], buffer: &buffer)
        renderHeatmap(in: wide ? columns[2] : left[2], buffer: &buffer)
    }

    private func renderGauges(in area: Rect, buffer: inout ScreenBuffer) {
        let block = Block(title: language.pick("进度条 Gauges", "Gauges 进度条"), theme: theme)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        let samples: [(String, Double)] = [("机关党委", 0.86), ("教育局 Edu", 0.55), ("西乡街道", 0.27)]
        let thresholds = GaugeThresholds(warning: 0.6, bad: 0.4)
        for (row, sample) in samples.enumerated() where row < inner.height {
            let parts = Layout.split(
                inner.row(row), direction: .horizontal, constraints: [.length(10), .fill(1)], spacing: 1)
            buffer.write(
                DisplayWidth.fit(sample.0, to: parts[0].width), x: parts[0].x, y: parts[0].y, maxWidth: parts[0].width,
                style: theme[.text])
            Gauge(ratio: sample.1, thresholds: thresholds, theme: theme).render(in: parts[1], buffer: &buffer)
        }
    }

    private func renderSparklines(in area: Rect, buffer: inout ScreenBuffer) {
        let block = Block(title: language.pick("迷你图 Sparklines", "Sparklines 迷你图"), theme: theme)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area)
        let values: [Double?] = [3, 5, 2, 0, 8, 13, 9, 12, nil, 7, 10, 15, 14, 11, 6, 9, 12, 16, 18, 14, 17]
        let rows: [(String, Glyphs, Int)] = [
            ("▁▂▃ UTF-8", theme.glyphs, 1), ("ASCII", .ascii, 1), (language.pick("两行", "2 rows"), theme.glyphs, 2),
        ]
        var y = inner.y
        for (label, glyphs, height) in rows where y + height <= inner.bottom {
            let parts = Layout.split(
                Rect(x: inner.x, y: y, width: inner.width, height: height), direction: .horizontal,
                constraints: [.length(10), .fill(1)], spacing: 1)
            buffer.write(
                DisplayWidth.fit(label, to: parts[0].width), x: parts[0].x, y: y + height - 1, maxWidth: parts[0].width,
                style: theme[.textDim])
            Sparkline(values: values, theme: theme.with(glyphs: glyphs)).render(in: parts[1], buffer: &buffer)
            y += height
        }
    }

    private func renderLineChart(in area: Rect, buffer: inout ScreenBuffer) {
        let block = Block(title: language.pick("折线图 Line chart", "Line chart 折线图"), theme: theme)
        block.render(in: area, buffer: &buffer)
        // Five days without an import show as a marked, labelled gap rather than a broken line.
        var days = GallerySamples.chartDays
        for day in 16..<21 where day < days.count { days[day] = .nan }
        LineChart(
            series: [
                ChartSeries(name: language.pick("人均积分", "avg points"), values: days, style: theme[.chart]),
                ChartSeries(
                    name: language.pick("注册", "registered"), values: GallerySamples.chartRegistered,
                    style: theme[.chartSecondary]),
            ],
            xLabels: ["11-01", "11-15", "11-30"], gapLabel: language.pick("无数据", "no data"), theme: theme
        ).render(in: block.inner(area), buffer: &buffer)
    }

    private func renderAreaChart(in area: Rect, buffer: inout ScreenBuffer) {
        let block = Block(title: language.pick("面积图 Area chart", "Area chart 面积图"), theme: theme)
        block.render(in: area, buffer: &buffer)
        LineChart(
            series: [
                ChartSeries(
                    name: language.pick("人均积分", "avg points"), values: GallerySamples.chartDays, style: theme[.chart])
            ],
            xLabels: [language.pick("30天前", "30 days ago"), language.pick("今天", "today")], mode: .blocks, theme: theme
        ).render(in: block.inner(area), buffer: &buffer)
    }

    private func renderHeatmap(in area: Rect, buffer: inout ScreenBuffer) {
        let block = Block(title: language.pick("热力图 14 天 Heatmap", "Heatmap 14 days 热力图"), theme: theme)
        block.render(in: area, buffer: &buffer)
        Heatmap(
            rowLabels: GallerySamples.heatmapMembers,
            columnLabels: (1...14).map { String($0) },
            values: GallerySamples.heatmapValues, theme: theme
        ).render(in: block.inner(area), buffer: &buffer)
    }
}
