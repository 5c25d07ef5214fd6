import XuexiModel
import XuexiStore

extension DashText {
    static let readOnlyEntries: [DashText: TextEntry] = [
        .headerReadOnly: TextEntry(zh: "只读", en: "read-only"),
        .headerReadOnlyFrozen: TextEntry(zh: "只读 · 不自动刷新", en: "read-only · no live refresh"),
        .toastReadOnly: TextEntry(
            zh: "不能{0}：数据库以只读方式打开（{1}）", en: "Cannot {0}: the store is open read-only ({1})"),
        .readOnlyAcknowledge: TextEntry(zh: "确认预警", en: "acknowledge alerts"),
        .readOnlySnooze: TextEntry(zh: "暂缓预警", en: "snooze alerts"),
        .readOnlyRequested: TextEntry(zh: "--read-only", en: "--read-only"),
        .readOnlyFile: TextEntry(zh: "你没有写数据库文件的权限", en: "you may not write the store file"),
        .readOnlyFolder: TextEntry(zh: "你没有写数据库所在文件夹的权限", en: "you may not write the store's folder"),
    ]

    /// Why the store is read-only, for the dashboard's toast.
    static func readOnlyReason(_ reason: ReadOnlyReason) -> DashText {
        switch reason {
        case .requested: .readOnlyRequested
        case .fileNotWritable: .readOnlyFile
        case .folderNotWritable: .readOnlyFolder
        }
    }
}
