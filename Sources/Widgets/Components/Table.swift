/// Rows and columns with a header, a sort marker, a selected row and scrolling. Only the
/// rows that fit are built and drawn, so a list of 100 000 rows costs what 30 rows cost.
/// Text is cut with `…` at column edges without splitting Chinese characters.
public struct Table: Widget {
    public var columns: [TableColumn]
    public var rowCount: Int
    /// Builds row `index` on demand (only for visible rows).
    public var row: (Int) -> TableRow
    public var selectedRow: Int?
    /// First row shown; moved as little as needed to keep `selectedRow` visible.
    public var scrollOffset: Int
    public var sortColumn: Int?
    public var sortAscending: Bool
    public var showsHeader: Bool
    public var columnSpacing: Int
    public var headerStyle: Style
    public var selectionStyle: Style
    public var style: Style
    public var glyphs: Glyphs

    public init(
        columns: [TableColumn], rowCount: Int, row: @escaping (Int) -> TableRow,
        selectedRow: Int? = nil, scrollOffset: Int = 0, sortColumn: Int? = nil, sortAscending: Bool = true,
        showsHeader: Bool = true, columnSpacing: Int = 1, focused: Bool = true, theme: Theme = .default
    ) {
        self.columns = columns
        self.rowCount = rowCount
        self.row = row
        self.selectedRow = selectedRow
        self.scrollOffset = scrollOffset
        self.sortColumn = sortColumn
        self.sortAscending = sortAscending
        self.showsHeader = showsHeader
        self.columnSpacing = columnSpacing
        headerStyle = theme[.tableHeader]
        selectionStyle = theme[focused ? .selection : .selectionInactive]
        style = theme[.text]
        glyphs = theme.glyphs
    }

    public init(
        columns: [TableColumn], rows: [TableRow],
        selectedRow: Int? = nil, scrollOffset: Int = 0, sortColumn: Int? = nil, sortAscending: Bool = true,
        showsHeader: Bool = true, columnSpacing: Int = 1, focused: Bool = true, theme: Theme = .default
    ) {
        self.init(
            columns: columns, rowCount: rows.count, row: { rows[$0] }, selectedRow: selectedRow,
            scrollOffset: scrollOffset, sortColumn: sortColumn, sortAscending: sortAscending,
            showsHeader: showsHeader, columnSpacing: columnSpacing, focused: focused, theme: theme
        )
    }

    /// Rows that fit in `area` below the header.
    public func visibleRowCount(in area: Rect) -> Int {
        max(0, area.height - (showsHeader ? 1 : 0))
    }

    /// The scroll offset `render` will use in `area`; store it to keep scrolling stable.
    public func effectiveScrollOffset(in area: Rect) -> Int {
        ScrollPosition.offset(
            selected: selectedRow, currentOffset: scrollOffset, visibleRows: visibleRowCount(in: area),
            rowCount: rowCount)
    }

    /// The row under screen row `y` (for mouse clicks), or nil for the header and empty space.
    public func rowIndex(atY y: Int, in area: Rect) -> Int? {
        let firstRowY = area.y + (showsHeader ? 1 : 0)
        guard y >= firstRowY, y < area.bottom else { return nil }
        let index = effectiveScrollOffset(in: area) + (y - firstRowY)
        return index < rowCount ? index : nil
    }

    public func columnWidths(totalWidth: Int) -> [Int] {
        Layout.sizes(total: totalWidth, constraints: columns.map(\.width), spacing: columnSpacing)
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty, !columns.isEmpty else { return }
        buffer.setStyle(style, in: area)
        let widths = columnWidths(totalWidth: area.width)
        var columnX: [Int] = []
        var x = area.x
        for width in widths {
            columnX.append(x)
            x += width + columnSpacing
        }
        var y = area.y
        if showsHeader {
            renderHeader(y: y, widths: widths, columnX: columnX, area: area, buffer: &buffer)
            y += 1
        }
        let offset = effectiveScrollOffset(in: area)
        let lastRow = min(rowCount, offset + visibleRowCount(in: area))
        guard offset < lastRow else { return }
        for index in offset..<lastRow {
            let tableRow = row(index)
            let rowRect = Rect(x: area.x, y: y, width: area.width, height: 1)
            var rowStyle = tableRow.style
            if index == selectedRow { rowStyle = rowStyle.patched(with: selectionStyle) }
            buffer.setStyle(rowStyle, in: rowRect)
            for (column, width) in widths.enumerated() where width > 0 && column < tableRow.cells.count {
                let cellRect = Rect(x: columnX[column], y: y, width: width, height: 1)
                switch tableRow.cells[column] {
                case .text(let line):
                    buffer.write(
                        line.aligned(columns[column].alignment), x: cellRect.x, y: y, maxWidth: width, style: rowStyle)
                case .widget(let widget):
                    widget.render(in: cellRect, buffer: &buffer)
                    if index == selectedRow {
                        buffer.setStyle(Style(background: selectionStyle.background), in: cellRect)
                    }
                }
            }
            y += 1
        }
    }

    private func renderHeader(y: Int, widths: [Int], columnX: [Int], area: Rect, buffer: inout ScreenBuffer) {
        buffer.setStyle(headerStyle, in: Rect(x: area.x, y: y, width: area.width, height: 1))
        for (column, width) in widths.enumerated() where width > 0 {
            var title = columns[column].title
            if column == sortColumn {
                let marker = sortAscending ? glyphs.sortAscending : glyphs.sortDescending
                title = DisplayWidth.truncate(title, to: width - DisplayWidth.of(marker)) + marker
            }
            buffer.write(
                Line(title, alignment: columns[column].alignment), x: columnX[column], y: y, maxWidth: width,
                style: headerStyle)
        }
    }
}
