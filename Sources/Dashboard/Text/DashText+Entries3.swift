import XuexiModel

extension DashText {
    /// Copy, export and refresh: the keys that take what is on screen out of the dashboard.
    static let entries3: [DashText: TextEntry] = [
        // Help lines get about 18 cells at 80 columns: docs/KEYS.md carries the long story.
        .keyCopy: TextEntry(zh: "复制本视图简报", en: "Copy view's note"),
        .keyExport: TextEntry(zh: "导出本视图报表", en: "Export view report"),
        .helpClipboardOffKey: TextEntry(zh: "tmux", en: "tmux"),
        .helpClipboardOff: TextEntry(zh: "c 复制需 set-clipboard on", en: "c needs set-clipboard on"),
        .orgsColPartyCoverage: TextEntry(zh: "党员注册", en: "Party reg"),
        .orgsColPartyActivity: TextEntry(zh: "党员活跃", en: "Party act"),
        .hintCopy: TextEntry(zh: "复制", en: "Copy"),
        .hintExport: TextEntry(zh: "导出", en: "Export"),
        .branchChartGap: TextEntry(zh: "无数据", en: "no data"),
        .importsTitle: TextEntry(zh: "导入记录（最新在上）", en: "Imports (newest first)"),
        .importsNone: TextEntry(zh: "还没有导入过数据", en: "Nothing imported yet"),
        .importsColTime: TextEntry(zh: "时间", en: "Time"),
        .importsColKind: TextEntry(zh: "类型", en: "Kind"),
        .importsColDays: TextEntry(zh: "日期", en: "Days"),
        .importsColRows: TextEntry(zh: "行数", en: "Rows"),
        .importsColFile: TextEntry(zh: "文件", en: "File"),
        .importsHint: TextEntry(
            zh: "↑↓ 滚动 · Esc 关闭 · 导入：xuexi-dash import 文件", en: "↑↓ scroll · Esc close · import: xuexi-dash import FILE"
        ),
        .toastRefreshed: TextEntry(zh: "已刷新", en: "Refreshed"),
        .toastCopied: TextEntry(zh: "已复制简报：{0}（{1} 字）", en: "Copied the note: {0} ({1} characters)"),
        // Not "sent": a clerk must never read this as posted to the work group.
        .toastCopiedTmuxOff: TextEntry(
            zh: "未复制到桌面：tmux 未开启 set-clipboard（tmux set -g set-clipboard on）",
            en: "Not copied to your desktop: tmux set-clipboard is off (tmux set -g set-clipboard on)"),
        .toastExported: TextEntry(zh: "已导出 {0}（及 .md）", en: "Exported {0} (and .md)"),
        .toastExportFailed: TextEntry(zh: "导出失败：{0}", en: "Export failed: {0}"),
    ]
}
