import XuexiModel

/// Text of notify-target settings: a table that cannot be read and a target that cannot be used.
public enum NotifyConfigText: String, TextKey {
    public static let entries: [NotifyConfigText: TextEntry] = [
        .tableExpected: TextEntry(
            zh: "应为 [notify.targets.名称] 小节，设置 kind、url_env 或 url_file、secret_env、mention、style",
            en: "expected a table [notify.targets.NAME] with kind, url_env or url_file, secret_env, mention, style"),
        .secretInConfig: TextEntry(
            zh: "{0}：密钥从不写在 config.toml 中；请写环境变量名（url_env、secret_env）或仅本人可读的文件（url_file）",
            en:
                "{0}: secrets are never kept in config.toml; name an environment variable (url_env, secret_env) or an owner-only file (url_file)"
        ),
        .unknownSetting: TextEntry(
            zh: "未知的设置项 {0}（可用：kind、url_env、url_file、secret_env、mention、style）",
            en: "unknown setting {0} (kind, url_env, url_file, secret_env, mention, style)"),
        .kindMissing: TextEntry(zh: "通知目标 {0}：缺少 kind（{1}）", en: "notify target {0}: kind is missing ({1})"),
        .variableNotSet: TextEntry(
            zh: "通知目标 {0}：环境变量 {1}（{2}）未设置", en: "notify target {0}: environment variable {1} ({2}) is not set"),
        .noURL: TextEntry(
            zh: "通知目标 {0}：请用 url_env 或 url_file 给出机器人的 webhook 地址",
            en: "notify target {0}: set url_env or url_file to the robot's webhook URL"),
        .fileUnreadable: TextEntry(
            zh: "通知目标 {0}：无法读取 url_file {1}（{2}）", en: "notify target {0}: url_file {1} cannot be read ({2})"),
        .fileShared: TextEntry(
            zh: "通知目标 {0}：url_file {1} 其他人也能读取（权限 {2}）；请运行 chmod 600 {1}",
            en: "notify target {0}: url_file {1} is readable by others (mode {2}); run chmod 600 {1}"),
        .fileEmpty: TextEntry(
            zh: "通知目标 {0}：url_file {1} 为空或不是 UTF-8 文本", en: "notify target {0}: url_file {1} is empty or not UTF-8 text"
        ),
        .urlUnparsable: TextEntry(zh: "通知目标 {0}：webhook 地址无法解析", en: "notify target {0}: the URL does not parse"),
    ]

    case tableExpected = "notifyConfig.tableExpected"
    case secretInConfig = "notifyConfig.secretInConfig"
    case unknownSetting = "notifyConfig.unknownSetting"
    case kindMissing = "notifyConfig.kindMissing"
    case variableNotSet = "notifyConfig.variableNotSet"
    case noURL = "notifyConfig.noURL"
    case fileUnreadable = "notifyConfig.fileUnreadable"
    case fileShared = "notifyConfig.fileShared"
    case fileEmpty = "notifyConfig.fileEmpty"
    case urlUnparsable = "notifyConfig.urlUnparsable"
}
