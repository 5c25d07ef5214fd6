import XuexiModel

extension NoteText {
    static let table: [NoteText: TextEntry] = [
        .sectionTopDay: TextEntry(zh: "当日积分前 {0} 名（含并列，共 {1} 人）", en: "Top {0} by day points (ties included: {1})"),
        .sectionTopWeek: TextEntry(
            zh: "本周积分前 {0} 名（含并列，共 {1} 人）", en: "Top {0} by week points (ties included: {1})"),
        .sectionTopMonth: TextEntry(
            zh: "本月积分前 {0} 名（含并列，共 {1} 人）", en: "Top {0} by month points (ties included: {1})"),
        .sectionTopTotal: TextEntry(
            zh: "总积分前 {0} 名（含并列，共 {1} 人）", en: "Top {0} by total points (ties included: {1})"),
        .moreTied: TextEntry(zh: "另有并列 {0} 人", en: "{0} more tied"),
        .topLine: TextEntry(zh: "{0}. {1}（{2}）{3} 分", en: "{0}. {1} ({2}) {3} points"),
        .sectionBelowFloor: TextEntry(
            zh: "活跃度低于底线 {0} 的单位（{1} 个）", en: "Units below the {0} activity floor ({1})"),
        .belowFloorLine: TextEntry(zh: "{0}：活跃度 {1}，差 {2} 人", en: "{0}: activity {1}, {2} learners short"),
        .belowFloorNoCount: TextEntry(zh: "{0}：活跃度 {1}", en: "{0}: activity {1}"),
        .sectionNotStudied: TextEntry(zh: "未学习", en: "Not yet studied"),
        .notStudiedLine: TextEntry(
            zh: "{0}：已注册 {1} 人中 {2} 人未学习", en: "{0}: {2} of {1} registered members have not studied"),
        .none: TextEntry(zh: "无", en: "none"),
        .sectionAlerts: TextEntry(zh: "新增或变化的预警（{0} 条）", en: "New or changed alerts ({0})"),
        .alertsTitle: TextEntry(zh: "预警通报 · {0}", en: "Alerts · {0}"),
        .alertLine: TextEntry(zh: "【{0}】{1}：{2}", en: "[{0}] {1}: {2}"),
        .noSecretaries: TextEntry(
            zh: "通知目标 {0}：数据中没有支部书记（花名册和后台导出都没有书记一栏），无法 @ 书记；请改用 mention = \"mentors\" 或 \"none\"",
            en:
                "notify target {0}: the data records no party secretaries (neither the roster nor the console export has one), so they cannot be mentioned; use mention = \"mentors\" or \"none\""
        ),
        .unknownTarget: TextEntry(
            zh: "没有名为 {0} 的通知目标：请在 config.toml 中添加 [notify.targets.{0}]（已有：{1}）",
            en: "no notify target named {0}: add [notify.targets.{0}] to config.toml (configured: {1})"),
        .dryRunHeader: TextEntry(
            zh: "# 第 {0}/{1} 条 → {2}（{3} 字节，上限 {4}）", en: "# message {0}/{1} → {2} ({3} bytes, limit {4})"),
        .alertsNothingNew: TextEntry(
            zh: "{0}：没有新增或变化的预警，未发送", en: "{0}: no new or changed alerts, nothing sent"),
        .logEmpty: TextEntry(zh: "尚无发送记录", en: "No deliveries yet"),
        .watchNotifyFailed: TextEntry(zh: "每日一督未能发送：{0}", en: "daily note not delivered: {0}"),
        .colTarget: TextEntry(zh: "目标", en: "Target"),
        .colSubject: TextEntry(zh: "内容", en: "Note"),
        .colParts: TextEntry(zh: "条数", en: "Parts"),
        .colResult: TextEntry(zh: "结果", en: "Result"),
        .colRetries: TextEntry(zh: "重试", en: "Retries"),
        .resultDelivered: TextEntry(zh: "已送达", en: "delivered"),
    ]
}
