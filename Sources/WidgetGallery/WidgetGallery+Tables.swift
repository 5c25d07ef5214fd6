import Widgets

extension WidgetGallery {
    /// The organization tree (gauges, sparklines, rank arrows in cells) and the learner table
    /// (sort marker, selection, scrolling, Chinese names cut at column edges).
    func renderTables(in area: Rect, buffer: inout ScreenBuffer, hitMap: inout GalleryHitMap) {
        let wide = area.width >= 100
        let halves =
            wide
            ? Layout.split(area, direction: .horizontal, constraints: [.percentage(50), .fill(1)], spacing: 1)
            : Layout.split(area, direction: .vertical, constraints: [.percentage(45), .fill(1)])

        let roots = GallerySamples.organizations(theme: theme)
        let tree = TreeTable(
            columns: [
                TableColumn(language.pick("组织", "Organization"), width: .fill(1)),
                TableColumn(language.pick("活跃率", "Active"), width: .length(12)),
                TableColumn(language.pick("近7日", "7 days"), width: .length(7)),
                TableColumn(language.pick("排名", "Rank"), width: .length(4), alignment: .right),
            ],
            roots: roots, expandedIDs: state.expandedIDs, selectedRow: state.treeSelection,
            scrollOffset: state.treeScrollOffset, focused: state.focusedPane == .tree, theme: theme
        )
        let visibleRows = tree.visibleRows()
        let treeBlock = Block(
            title: language.pick("组织树 Organizations", "Organizations 组织树"),
            trailingTitle: "\(min(state.treeSelection + 1, visibleRows.count))/\(visibleRows.count)",
            focused: state.focusedPane == .tree, theme: theme
        )
        treeBlock.render(in: halves[0], buffer: &buffer)
        let treeArea = treeBlock.inner(halves[0])
        let treeTable = tree.table(for: visibleRows)
        treeTable.render(in: treeArea, buffer: &buffer)
        hitMap.treeArea = treeArea
        hitMap.tree = treeTable

        let learners = GallerySamples.learners
        let table = Table(
            columns: [
                TableColumn("#", width: .length(2), alignment: .right),
                TableColumn(language.pick("姓名", "Name"), width: .length(12)),
                TableColumn(language.pick("组织", "Organization"), width: .fill(1)),
                TableColumn(language.pick("积分", "Points"), width: .length(6), alignment: .right),
                TableColumn(language.pick("党员", "Party"), width: .length(5), alignment: .center),
                TableColumn(language.pick("变化", "Move"), width: .length(4), alignment: .right),
            ],
            rowCount: learners.count,
            row: { index in
                let learner = learners[index]
                let change: TableCell
                if learner.change > 0 {
                    change = .text(Line("\(theme.glyphs.rankUp)\(learner.change)", style: theme[.rankUp]))
                } else if learner.change < 0 {
                    change = .text(Line("\(theme.glyphs.rankDown)\(-learner.change)", style: theme[.rankDown]))
                } else {
                    change = .text(Line("–", style: theme[.textDim]))
                }
                return TableRow([
                    .text(Line("\(index + 1)", style: theme[.textDim])),
                    .text(Line(learner.name)),
                    .text(Line(learner.organization)),
                    .text(Line(String(learner.points))),
                    .text(Line(learner.isPartyMember ? "●" : "", style: theme[.textAccent])),
                    change,
                ])
            },
            selectedRow: state.tableSelection, scrollOffset: state.tableScrollOffset,
            sortColumn: 3, sortAscending: false, focused: state.focusedPane == .table, theme: theme
        )
        let tableBlock = Block(
            title: language.pick("积分排行 Top learners", "Top learners 积分排行"),
            trailingTitle: "\(state.tableSelection + 1)/\(learners.count)",
            focused: state.focusedPane == .table, theme: theme
        )
        tableBlock.render(in: halves[1], buffer: &buffer)
        let tableArea = tableBlock.inner(halves[1])
        table.render(in: tableArea, buffer: &buffer)
        hitMap.tableArea = tableArea
        hitMap.table = table
    }
}
