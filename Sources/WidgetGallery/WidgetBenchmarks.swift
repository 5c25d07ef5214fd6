import Widgets

/// Measurements of the drawing path, callable from `xuexi-bench` or a scratch executable.
/// Not a test: the figures depend on the machine and belong in a report, not an assertion.
public enum WidgetBenchmarks {
    /// Renders a full 200×60 dashboard-like frame (header, a 60-node org tree with gauges
    /// and sparklines, a 500-row table, a line chart, a 20×30 heatmap, tabs, footer) and
    /// diffs it against the previous frame, `iterations` times, with the selection moving
    /// every frame. Returns milliseconds per iteration (render + diff), in run order.
    public static func renderAndDiff200x60(iterations: Int) -> [Double] {
        let theme = Theme.default
        let fixture = Fixture(theme: theme)
        var previous = ScreenBuffer(width: 200, height: 60)
        var timings: [Double] = []
        timings.reserveCapacity(iterations)
        let clock = ContinuousClock()
        for iteration in 0..<iterations {
            var buffer = ScreenBuffer(width: 200, height: 60)
            var changeCount = 0
            let elapsed = clock.measure {
                fixture.render(selection: iteration % 50, into: &buffer)
                changeCount = buffer.diff(from: previous).count
            }
            precondition(changeCount >= 0)
            previous = buffer
            let parts = elapsed.components
            timings.append(Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15)
        }
        return timings
    }

    /// The middle value of `values` (mean of the two middle ones for an even count).
    public static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Data built once, outside the timed part, as a dashboard holds its data between frames.
    private struct Fixture {
        let theme: Theme
        let roots: [TreeNode]
        let expanded: Set<String>
        let names: [String]
        let organizations: [String]
        let heatmapValues: [[Double?]]
        let chartValues: [Double]

        init(theme: Theme) {
            self.theme = theme
            let surnames = ["王", "李", "张", "刘", "陈", "杨", "欧阳", "赵", "黄", "周"]
            let givenNames = ["小明", "娜", "伟", "建国", "静", "洋", "敏", "悦", "Li Na", "Fang"]
            names = (0..<500).map { (index: Int) -> String in surnames[index % 10] + givenNames[(index / 10) % 10] }
            organizations = (0..<500).map { (index: Int) -> String in "第\(index % 12 + 1)党支部 Branch \(index % 12 + 1)" }
            var branches: [TreeNode] = []
            var expanded: Set<String> = ["root"]
            for group in 0..<8 {
                var children: [TreeNode] = []
                for index in 0..<6 {
                    let ratio = Double((group * 7 + index * 13) % 100) / 100
                    let week: [Double] = (0..<7).map { (day: Int) -> Double in Double((day * 3 + index + group) % 9) }
                    let cells: [TableCell] = [
                        .text(Line("第\(index + 1)党支部 Branch \(index + 1)")),
                        .widget(Gauge(ratio: ratio, thresholds: GaugeThresholds(warning: 0.6, bad: 0.4), theme: theme)),
                        .widget(Sparkline(values: week, theme: theme)),
                        .text(Line("\(index + 1)")),
                    ]
                    children.append(TreeNode(id: "g\(group)-\(index)", cells: cells))
                }
                branches.append(
                    TreeNode(
                        id: "g\(group)",
                        cells: [
                            .text(Line("街道党工委 \(group + 1) Subdistrict")),
                            .widget(Gauge(ratio: Double(group * 11 % 100) / 100, theme: theme)),
                            .widget(Sparkline(values: [3, 4, 5, 4, 6, 7, 8], theme: theme)),
                            .text(Line("\(group + 1)")),
                        ], children: children))
                expanded.insert("g\(group)")
            }
            roots = [
                TreeNode(
                    id: "root", cells: [.text(Line("全市 City")), .text(Line("")), .text(Line("")), .text(Line("1"))],
                    children: branches)
            ]
            self.expanded = expanded
            heatmapValues = (0..<20).map { (row: Int) -> [Double?] in
                (0..<30).map { (day: Int) -> Double? in Double((row * 7 + day * 3) % 11) }
            }
            chartValues = (0..<30).map { (day: Int) -> Double in Double(20 + (day * 37) % 40) }
        }

        func render(selection: Int, into buffer: inout ScreenBuffer) {
            buffer.reset(style: theme[.text])
            let rows = Layout.split(
                buffer.area, direction: .vertical, constraints: [.length(1), .length(1), .fill(1), .length(1)])
            buffer.fill(rows[0], style: theme[.header])
            buffer.write(" 学习强国 · 西乡街道 · 2024-11-30 · 数据 5 分钟前", x: 0, y: 0, style: theme[.header])
            Tabs(titles: ["组织 Orgs", "排行 Learners", "预警 Alerts", "分析 Review"], selected: selection % 4, theme: theme)
                .render(in: rows[1], buffer: &buffer)
            let columns = Layout.split(
                rows[2], direction: .horizontal, constraints: [.percentage(40), .percentage(30), .fill(1)], spacing: 1)

            let treeBlock = Block(
                title: "组织 Organizations", trailingTitle: "\(selection + 1)/57", focused: true, theme: theme)
            treeBlock.render(in: columns[0], buffer: &buffer)
            TreeTable(
                columns: [
                    TableColumn("组织", width: .fill(1)), TableColumn("活跃率", width: .length(14)),
                    TableColumn("7日", width: .length(7)), TableColumn("排名", width: .length(4), alignment: .right),
                ],
                roots: roots, expandedIDs: expanded, selectedRow: selection, theme: theme
            ).render(in: treeBlock.inner(columns[0]), buffer: &buffer)

            let tableBlock = Block(title: "积分排行 Top learners", theme: theme)
            tableBlock.render(in: columns[1], buffer: &buffer)
            let names = self.names
            let organizations = self.organizations
            Table(
                columns: [
                    TableColumn("姓名", width: .length(10)), TableColumn("组织", width: .fill(1)),
                    TableColumn("积分", width: .length(6), alignment: .right),
                ],
                rowCount: names.count,
                row: {
                    TableRow([
                        .text(Line(names[$0])), .text(Line(organizations[$0])), .text(Line(String(2000 - $0 * 3))),
                    ])
                },
                selectedRow: selection * 3, sortColumn: 2, sortAscending: false, theme: theme
            ).render(in: tableBlock.inner(columns[1]), buffer: &buffer)

            let right = Layout.split(
                columns[2], direction: .vertical, constraints: [.percentage(40), .fill(1), .length(6)])
            let chartBlock = Block(title: "30 天 30 days", theme: theme)
            chartBlock.render(in: right[0], buffer: &buffer)
            LineChart(
                series: [ChartSeries(name: "积分", values: chartValues, style: theme[.chart])],
                xLabels: ["11-01", "11-30"], theme: theme
            )
            .render(in: chartBlock.inner(right[0]), buffer: &buffer)
            let heatBlock = Block(title: "热力图 Heatmap", theme: theme)
            heatBlock.render(in: right[1], buffer: &buffer)
            Heatmap(rowLabels: names.prefix(20).map { $0 }, values: heatmapValues, theme: theme).render(
                in: heatBlock.inner(right[1]), buffer: &buffer)
            let gaugeBlock = Block(title: "注册率 Registration", theme: theme)
            gaugeBlock.render(in: right[2], buffer: &buffer)
            let gaugeArea = gaugeBlock.inner(right[2])
            for row in 0..<gaugeArea.height {
                Gauge(
                    ratio: Double(row * 23 % 100) / 100, thresholds: GaugeThresholds(warning: 0.6, bad: 0.4),
                    theme: theme
                ).render(in: gaugeArea.row(row), buffer: &buffer)
            }
            StatusBar(
                hints: [KeyHint("q", "退出"), KeyHint("?", "帮助"), KeyHint("/", "搜索"), KeyHint("t", "主题")],
                trailingText: "实时 12:00:00", theme: theme
            ).render(in: rows[3], buffer: &buffer)
        }
    }
}
