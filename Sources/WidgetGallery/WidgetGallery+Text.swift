import Widgets

extension WidgetGallery {
    /// Wrapped Chinese and English paragraphs, a list with a selection, labels in three
    /// alignments and the three kinds of toast.
    func renderText(in area: Rect, buffer: inout ScreenBuffer, hitMap: inout GalleryHitMap) {
        let columns = Layout.split(area, direction: .horizontal, constraints: [.percentage(50), .fill(1)], spacing: 1)

        let paragraphBlock = Block(title: language.pick("段落 Paragraph", "Paragraph 段落"), theme: theme)
        paragraphBlock.render(in: columns[0], buffer: &buffer)
        Paragraph(
            lines: [
                Line(GallerySamples.paragraphChinese),
                Line(""),
                Line(spans: [Span("EN ", style: theme[.textAccent]), Span(GallerySamples.paragraphEnglish)]),
                Line(""),
                Line(spans: [
                    Span(language.pick("搜索命中：", "Search match: ")), Span("西乡", style: theme[.searchMatch]),
                    Span("街道党工委"),
                ]),
            ], style: theme[.text]
        ).render(in: paragraphBlock.inner(columns[0]), buffer: &buffer)

        let right = Layout.split(columns[1], direction: .vertical, constraints: [.fill(1), .length(5), .length(5)])
        let listBlock = Block(
            title: language.pick("列表 List", "List 列表"),
            trailingTitle: "\(state.listSelection + 1)/\(GallerySamples.listItems.count)", theme: theme)
        listBlock.render(in: right[0], buffer: &buffer)
        let list = List(
            items: GallerySamples.listItems.map { Line($0) }, selected: state.listSelection,
            scrollOffset: state.listScrollOffset, theme: theme)
        let listArea = listBlock.inner(right[0])
        list.render(in: listArea, buffer: &buffer)
        hitMap.listArea = listArea
        hitMap.list = list

        let labelBlock = Block(title: language.pick("标签 Labels", "Labels 标签"), theme: theme)
        labelBlock.render(in: right[1], buffer: &buffer)
        let labelArea = labelBlock.inner(right[1])
        let labels: [(String, HorizontalAlignment)] = [
            ("左对齐 left", .left), ("居中 center", .center), ("右对齐 right", .right),
        ]
        for (row, label) in labels.enumerated() where row < labelArea.height {
            Label(label.0, style: theme[.text], alignment: label.1).render(in: labelArea.row(row), buffer: &buffer)
        }

        let toastBlock = Block(title: language.pick("提示 Toasts", "Toasts 提示"), theme: theme)
        toastBlock.render(in: right[2], buffer: &buffer)
        let toastArea = toastBlock.inner(right[2])
        let toasts: [(String, Toast.Kind)] = [
            (language.pick("已导入 1 234 条记录 Imported", "Imported 1 234 rows 已导入"), .info),
            (language.pick("数据已超过 2 天未更新 Stale", "Data is 2 days old 数据过期"), .warning),
            (language.pick("无法读取文件 Cannot read file", "Cannot read file 无法读取"), .error),
        ]
        for (row, toast) in toasts.enumerated() where row < toastArea.height {
            Toast(message: toast.0, kind: toast.1, theme: theme).render(in: toastArea.row(row), buffer: &buffer)
        }
    }
}
