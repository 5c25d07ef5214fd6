import Testing
import Widgets
import XuexiTestSupport

@Suite("Table")
struct TableTests {
    let columns = [
        TableColumn("姓名", width: .length(6)),
        TableColumn("组织", width: .fill(1)),
        TableColumn("积分", width: .length(5), alignment: .right),
    ]
    let rows = [
        TableRow(["王小明", "第一党支部", "1286"]),
        TableRow(["欧阳建国", "第二党支部（财务与审计）", "998"]),
        TableRow(["Li Na", "Edu", "12"]),
        TableRow(["张伟", "机关", "5"]),
    ]

    @Test("Header with sort marker; Chinese cut at column edges; numbers right-aligned")
    func layout() {
        let table = Table(columns: columns, rows: rows, sortColumn: 2, sortAscending: false)
        assertBuffer(
            rendered(table, width: 25, height: 5),
            equals: [
                "姓名   组织         积分▼",
                "王小明 第一党支部    1286",
                "欧阳…  第二党支部…    998",
                "Li Na  Edu             12",
                "张伟   机关             5",
            ])
    }

    @Test("The selection scrolls into view; only visible rows are built")
    func scrolling() {
        var built: [Int] = []
        let table = Table(
            columns: columns, rowCount: 100_000,
            row: { index in
                built.append(index)
                return TableRow([.text("#\(index)"), "", ""])
            }, selectedRow: 50_000)
        let buffer = rendered(table, width: 25, height: 3)
        #expect(buffer.lines()[1].hasPrefix("#49999"))
        #expect(buffer.lines()[2].hasPrefix("#50000"))
        #expect(built == [49_999, 50_000])
        #expect(table.effectiveScrollOffset(in: Rect(x: 0, y: 0, width: 25, height: 3)) == 49_999)
    }

    @Test("Scroll offsets move as little as needed")
    func scrollPosition() {
        #expect(ScrollPosition.offset(selected: 0, currentOffset: 0, visibleRows: 5, rowCount: 20) == 0)
        #expect(ScrollPosition.offset(selected: 7, currentOffset: 0, visibleRows: 5, rowCount: 20) == 3)
        #expect(ScrollPosition.offset(selected: 5, currentOffset: 3, visibleRows: 5, rowCount: 20) == 3)
        #expect(ScrollPosition.offset(selected: 2, currentOffset: 3, visibleRows: 5, rowCount: 20) == 2)
        #expect(ScrollPosition.offset(selected: nil, currentOffset: 30, visibleRows: 5, rowCount: 20) == 15)
        #expect(ScrollPosition.offset(selected: 3, currentOffset: 0, visibleRows: 0, rowCount: 20) == 0)
    }

    @Test("The selected row is highlighted across its full width")
    func selectionStyle() {
        let theme = Theme.default
        let table = Table(columns: columns, rows: rows, selectedRow: 1, theme: theme)
        let buffer = rendered(table, width: 25, height: 3)
        let selected = theme[.selection].background
        assertLines(
            buffer.styleLines { $0.background == selected ? "#" : "." },
            equals: [
                String(repeating: ".", count: 25),
                String(repeating: ".", count: 25),
                String(repeating: "#", count: 25),
            ])
    }

    @Test("Rows can hold widgets")
    func widgetCells() {
        let table = Table(
            columns: [TableColumn("名", width: .length(3)), TableColumn("率", width: .fill(1))],
            rows: [TableRow(["甲", .widget(Gauge(ratio: 0.5, showsLabel: false))])], showsHeader: false)
        assertBuffer(rendered(table, width: 8, height: 1), equals: ["甲  ██──"])
    }

    @Test("Clicks map to rows below the header")
    func hitTesting() {
        let table = Table(columns: columns, rows: rows, selectedRow: 3)
        let area = Rect(x: 0, y: 10, width: 25, height: 3)
        #expect(table.rowIndex(atY: 10, in: area) == nil)
        #expect(table.rowIndex(atY: 11, in: area) == 2)
        #expect(table.rowIndex(atY: 12, in: area) == 3)
        #expect(table.rowIndex(atY: 13, in: area) == nil)
    }

    @Test("Zero size, one column and no rows")
    func degenerate() {
        assertBuffer(
            rendered(Table(columns: columns, rows: []), width: 25, height: 2),
            equals: [
                "姓名   组织          积分",
                String(repeating: " ", count: 25),
            ])
        // One column cannot hold three columns and their gaps: nothing is drawn, nothing breaks.
        assertBuffer(rendered(Table(columns: columns, rows: rows), width: 1, height: 2), equals: [" ", " "])
        var buffer = ScreenBuffer(width: 0, height: 0)
        Table(columns: columns, rows: rows, selectedRow: 2).render(in: buffer.area, buffer: &buffer)
        #expect(buffer.lines().isEmpty)
    }
}
