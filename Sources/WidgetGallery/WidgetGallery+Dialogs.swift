import Widgets

extension WidgetGallery {
    /// The dialogs as they look when open (confirm and text input with Chinese text and the
    /// cursor mid-word), next to the keys that open the live ones.
    func renderDialogs(in area: Rect, buffer: inout ScreenBuffer) {
        let rows = Layout.split(area, direction: .vertical, constraints: [.fill(1), .length(4)])
        let columns = Layout.split(
            rows[0], direction: .horizontal, constraints: [.percentage(50), .fill(1)], spacing: 1)

        let confirmBlock = Block(title: language.pick("确认框 Confirm", "Confirm 确认框"), theme: theme)
        confirmBlock.render(in: columns[0], buffer: &buffer)
        ConfirmDialog(
            title: language.pick("确认", "Confirm"),
            message: language.pick("把「西乡街道」的预警标为已读？", "Acknowledge the alert for 西乡街道?"),
            confirmLabel: language.pick("确定", "Yes"), cancelLabel: language.pick("取消", "No"), confirmFocused: true,
            theme: theme
        ).render(in: confirmBlock.inner(columns[0]), buffer: &buffer)

        let inputBlock = Block(title: language.pick("输入框 Text input", "Text input 输入框"), theme: theme)
        inputBlock.render(in: columns[1], buffer: &buffer)
        TextInputDialog(
            title: language.pick("搜索", "Search"), prompt: language.pick("组织或姓名：", "Organization or name:"),
            state: TextInputState(text: "西乡街道 party", cursor: 2),
            hint: language.pick("Enter 确定 · Esc 取消", "Enter accept · Esc cancel"), theme: theme
        ).render(in: inputBlock.inner(columns[1]), buffer: &buffer)

        let keysBlock = Block(title: language.pick("状态栏 Status bar", "Status bar 状态栏"), theme: theme)
        keysBlock.render(in: rows[1], buffer: &buffer)
        let keysArea = keysBlock.inner(rows[1])
        StatusBar(
            hints: [
                KeyHint("?", language.pick("帮助", "Help")), KeyHint("/", language.pick("输入", "Input")),
                KeyHint("c", language.pick("确认框", "Confirm")), KeyHint("q", language.pick("退出", "Quit")),
            ], trailingText: language.pick("实时 · 12:00:00", "live · 12:00:00"), theme: theme
        ).render(in: keysArea.row(0), buffer: &buffer)
        buffer.write(
            language.pick("按 ? / c 打开真实的对话框；Esc 关闭。", "Press ? / c to open the live dialogs; Esc closes them."),
            x: keysArea.x, y: keysArea.y + 1, maxWidth: keysArea.width, style: theme[.textDim])
    }
}
