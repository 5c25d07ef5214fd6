import Widgets

/// `xuexi-dash gallery`: every widget on screen with Chinese and English samples, for
/// checking themes and terminals by eye. Pure drawing: the executable owns the terminal
/// and the keys, this type turns a `GalleryState` into a frame.
public struct WidgetGallery {
    public static let minimumColumns = 80
    public static let minimumRows = 24

    public var state: GalleryState
    public var theme: Theme
    /// Right side of the footer: colour depth, mouse state.
    public var statusText: String

    public init(state: GalleryState, theme: Theme, statusText: String = "") {
        self.state = state
        self.theme = theme
        self.statusText = statusText
    }

    var language: GalleryLanguage { state.language }

    /// Sections per page for a screen of this size: one each on small screens, two stacked
    /// when there is room for both.
    public static func pages(columns: Int, rows: Int) -> [[GallerySection]] {
        if columns >= 120 && rows >= 40 {
            return [[.tables, .charts], [.text, .dialogs]]
        }
        return GallerySection.allCases.map { [$0] }
    }

    public static func isTooSmall(columns: Int, rows: Int) -> Bool {
        columns < minimumColumns || rows < minimumRows
    }

    /// The footer's key hints, most needed first: the footer drops whole hints from the end
    /// when the window is narrow, so help and quit must come first.
    public func keyHints() -> [KeyHint] {
        [
            KeyHint("?", language.pick("帮助", "Help")),
            KeyHint("q", language.pick("退出", "Quit")),
            KeyHint("Tab", language.pick("翻页", "Page")),
            KeyHint("t", language.pick("主题", "Theme")),
            KeyHint("↑↓", language.pick("选择", "Select")),
            KeyHint("f", language.pick("窗格", "Pane")),
            KeyHint("Enter", language.pick("展开", "Expand")),
            KeyHint("/", language.pick("输入", "Input")),
            KeyHint("c", language.pick("确认框", "Confirm")),
        ]
    }

    func helpEntries() -> [KeyHint] {
        [
            KeyHint("Tab  →  l", language.pick("下一页", "Next page")),
            KeyHint("S-Tab ← h", language.pick("上一页", "Previous page")),
            KeyHint("↑ ↓  j k", language.pick("移动选择", "Move the selection")),
            KeyHint("PgUp PgDn", language.pick("翻十行", "Move ten rows")),
            KeyHint("f", language.pick("在组织树和积分表之间切换", "Switch between tree and table")),
            KeyHint("Enter 空格", language.pick("展开或收起组织", "Expand or collapse a branch")),
            KeyHint("t", language.pick("换下一个主题", "Next theme")),
            KeyHint("/", language.pick("打开输入框（可输入中文）", "Open the text input (Chinese works)")),
            KeyHint("c", language.pick("打开确认框", "Open the confirm dialog")),
            KeyHint("L", language.pick("切换中文/英文", "Switch Chinese/English")),
            KeyHint("M", language.pick("开关鼠标（关闭后可选中复制）", "Mouse on/off (off: select to copy)")),
            KeyHint("?", language.pick("显示本帮助", "Show this help")),
            KeyHint("q Esc", language.pick("退出（对话框中 Esc 关闭）", "Quit (Esc closes a dialog)")),
        ]
    }

    /// Draws the whole screen into `buffer` and returns where the clickable widgets are.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer) -> GalleryHitMap {
        var hitMap = GalleryHitMap()
        buffer.reset(style: theme[.text])
        let screen = buffer.area
        if WidgetGallery.isTooSmall(columns: screen.width, rows: screen.height) {
            renderTooSmall(in: screen, buffer: &buffer)
            return hitMap
        }
        let pages = WidgetGallery.pages(columns: screen.width, rows: screen.height)
        let page = min(max(0, state.page), pages.count - 1)
        let rows = Layout.split(
            screen, direction: .vertical, constraints: [.length(1), .length(1), .fill(1), .length(1)])
        renderHeader(in: rows[0], buffer: &buffer)

        let tabs = Tabs(
            titles: pages.map { $0.map { $0.title(language) }.joined(separator: " · ") }, selected: page, theme: theme)
        tabs.render(in: rows[1], buffer: &buffer)
        hitMap.tabsArea = rows[1]
        hitMap.tabs = tabs

        let sections = pages[page]
        let sectionAreas = Layout.split(rows[2], direction: .vertical, constraints: sections.map { _ in .fill(1) })
        for (section, area) in zip(sections, sectionAreas) {
            switch section {
            case .tables: renderTables(in: area, buffer: &buffer, hitMap: &hitMap)
            case .charts: renderCharts(in: area, buffer: &buffer)
            case .text: renderText(in: area, buffer: &buffer, hitMap: &hitMap)
            case .dialogs: renderDialogs(in: area, buffer: &buffer)
            }
        }

        StatusBar(hints: keyHints(), trailingText: statusText, theme: theme).render(in: rows[3], buffer: &buffer)
        if let toast = state.toast {
            let widget = Toast(message: toast.message, kind: toast.kind, theme: theme)
            widget.render(in: widget.area(in: rows[2]), buffer: &buffer)
        }
        renderOverlay(in: screen, buffer: &buffer)
        return hitMap
    }

    private func renderHeader(in area: Rect, buffer: inout ScreenBuffer) {
        buffer.fill(area, style: theme[.header])
        let trailing = "\(language.pick("主题", "Theme")): \(theme.displayName)  \(area.width)×\(buffer.height) "
        let trailingWidth = DisplayWidth.of(trailing)
        buffer.write(trailing, x: area.right - trailingWidth, y: area.y, maxWidth: trailingWidth, style: theme[.header])
        let title = " " + language.pick("学习强国 · 组件库 Widget gallery", "XuexiDash · Widget gallery 组件库")
        buffer.write(
            title, x: area.x, y: area.y, maxWidth: max(0, area.width - trailingWidth - 1), style: theme[.header])
    }

    private func renderTooSmall(in screen: Rect, buffer: inout ScreenBuffer) {
        let lines = [
            Line(language.pick("窗口太小", "Window too small"), style: theme[.alertWarning], alignment: .center),
            Line(
                language.pick(
                    "至少需要 \(WidgetGallery.minimumColumns)×\(WidgetGallery.minimumRows)，当前 \(screen.width)×\(screen.height)",
                    "Needs at least \(WidgetGallery.minimumColumns)×\(WidgetGallery.minimumRows), now \(screen.width)×\(screen.height)"
                ), alignment: .center),
            Line(
                language.pick("放大窗口即可继续，按 q 退出", "Enlarge the window to continue, q quits"), style: theme[.textDim],
                alignment: .center),
        ]
        let area = screen.centered(width: screen.width, height: lines.count)
        Paragraph(lines: lines, style: theme[.text]).render(in: area, buffer: &buffer)
    }

    /// Where the terminal cursor belongs on a `columns`×`rows` screen: in the text field
    /// while the input dialog is open (for input methods), nowhere otherwise.
    public func textCursor(columns: Int, rows: Int) -> (x: Int, y: Int)? {
        guard case .textInput(let input) = state.overlay, !WidgetGallery.isTooSmall(columns: columns, rows: rows) else {
            return nil
        }
        return textInputDialog(input).cursorPosition(in: Rect(x: 0, y: 0, width: columns, height: rows))
    }

    private func textInputDialog(_ input: TextInputState) -> TextInputDialog {
        TextInputDialog(
            title: language.pick("输入 Input", "Input 输入"),
            prompt: language.pick("输入文字（支持中文）：", "Type some text (Chinese works):"),
            state: input, placeholder: language.pick("例如：西乡街道", "e.g. 西乡街道"),
            hint: language.pick("Enter 确定 · Esc 取消 · Ctrl-U 清空", "Enter accept · Esc cancel · Ctrl-U clear"),
            theme: theme
        )
    }

    private func renderOverlay(in screen: Rect, buffer: inout ScreenBuffer) {
        switch state.overlay {
        case .none:
            return
        case .help:
            HelpOverlay(
                title: language.pick("帮助 Help", "Help 帮助"), entries: helpEntries(),
                footnote: language.pick("按 Esc 或 ? 关闭", "Esc or ? closes this help"), theme: theme
            ).render(in: screen, buffer: &buffer)
        case .textInput(let input):
            textInputDialog(input).render(in: screen, buffer: &buffer)
        case .confirm(let confirmFocused):
            ConfirmDialog(
                title: language.pick("确认 Confirm", "Confirm 确认"),
                message: language.pick("确认已读这条预警吗？", "Acknowledge this alert?"),
                confirmLabel: language.pick("确定", "Yes"), cancelLabel: language.pick("取消", "No"),
                confirmFocused: confirmFocused, theme: theme
            ).render(in: screen, buffer: &buffer)
        }
    }
}
