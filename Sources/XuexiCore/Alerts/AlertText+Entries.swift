import XuexiModel

extension AlertText {
    static let table: [AlertText: TextEntry] = [
        .ruleActivityBelowFloor: TextEntry(zh: "活跃度低于底线", en: "Activity below floor"),
        .ruleActivityBelowTarget: TextEntry(zh: "活跃度未达标", en: "Activity below target"),
        .ruleActivityDrop: TextEntry(zh: "活跃度下滑", en: "Activity drop"),
        .ruleRegistrationBelowTarget: TextEntry(zh: "注册率未达标", en: "Registration below target"),
        .ruleLearnerInactive: TextEntry(zh: "学员连续未学", en: "Inactive learners"),
        .ruleDataStale: TextEntry(zh: "数据未更新", en: "Stale data"),
        .ruleDataAnomaly: TextEntry(zh: "数据异常", en: "Data anomaly"),
        .severityCritical: TextEntry(zh: "严重", en: "critical"),
        .severityWarning: TextEntry(zh: "警告", en: "warning"),
        .severityInfo: TextEntry(zh: "提示", en: "info"),
        .stateOpen: TextEntry(zh: "待处理", en: "open"),
        .stateAcknowledged: TextEntry(zh: "已确认", en: "acknowledged"),
        .stateSnoozed: TextEntry(zh: "已暂缓", en: "snoozed"),
        .stateResolved: TextEntry(zh: "已解决", en: "resolved"),
        .messageActivityBelowFloor: TextEntry(
            zh: "活跃度 {0} 低于底线 {1}（{2}/{3} 人）",
            en: "activity rate {0} below the floor {1} ({2} of {3} active)"),
        .messageActivityBelowTarget: TextEntry(
            zh: "活跃度 {0} 低于目标 {1}（{2}/{3} 人）",
            en: "activity rate {0} below the target {1} ({2} of {3} active)"),
        .messageActivityDrop: TextEntry(
            zh: "活跃度 {0}，较前 {1} 日均值 {2} 下降 {3} 个百分点",
            en: "activity rate {0}, down {3} points on the previous {1} days' mean of {2}"),
        .messageRegistrationBelowTarget: TextEntry(
            zh: "注册率 {0} 低于目标 {1}（已注册 {2}/应学 {3}）",
            en: "registration rate {0} below the target {1} ({2} of {3} registered)"),
        .messageLearnerInactive: TextEntry(
            zh: "{0} 名学员连续 {1} 天及以上未学习：{2}",
            en: "{0} learners without points for {1} days or more: {2}"),
        .messageLearnerInactiveOne: TextEntry(
            zh: "{0} 名学员连续 {1} 天及以上未学习：{2}",
            en: "{0} learner without points for {1} days or more: {2}"),
        .messageLearnerWithMentor: TextEntry(zh: "{0}（帮带人 {1}）", en: "{0} (mentor {1})"),
        .messageAndMore: TextEntry(zh: "等，另有 {0} 人", en: " and {0} more"),
        .messageStaleMissingDay: TextEntry(
            zh: "缺少 {0} 的积分数据（最新数据为 {1}）",
            en: "no points for {0} (latest data {1})"),
        .messageStaleStoreUnchanged: TextEntry(
            zh: "数据库已 {0} 小时未更新（上限 {1} 小时）",
            en: "store unchanged for {0} hours (limit {1} hours)"),
        .messageDataAnomaly: TextEntry(zh: "{0} {1}：{2}", en: "{0} on {1}: {2}"),
        .messageAnomalyOverDailyMaximum: TextEntry(
            zh: "当日积分 {0} 超过上限 {1}",
            en: "day points {0} above the daily maximum {1}"),
        .messageAnomalyTotalDecreased: TextEntry(
            zh: "总积分 {0} 低于前一日的 {1}",
            en: "total points {0} below the previous {1}"),
        .messageAnomalyDayTotalMismatch: TextEntry(
            zh: "当日积分 {0} 与总积分变化 {1} 不符",
            en: "day points {0} disagree with the change of total {1}"),
        .messageAnomalyImport: TextEntry(zh: "（导入 #{0} {1}）", en: " (import #{0} {1})"),
        .figureLearners: TextEntry(zh: "{0} 人", en: "{0} learners"),
        .figureLearnerOne: TextEntry(zh: "{0} 人", en: "{0} learner"),
        .errorUnknownId: TextEntry(
            zh: "没有编号为 {0} 的预警（xuexi-dash alerts --state all 可查看全部编号）",
            en: "no alert with id {0} (xuexi-dash alerts --state all lists every id)"),
        .errorResolved: TextEntry(
            zh: "预警 {0} 已解决，无需确认或暂缓",
            en: "alert {0} is resolved; there is nothing to acknowledge or snooze"),
        .errorSnoozePast: TextEntry(
            zh: "预警 {0} 最近一次出现在 {2}，暂缓截止日 {1} 不能早于该日",
            en: "alert {0} was last seen on {2}; a snooze until {1} would end before that"),
        .colId: TextEntry(zh: "编号", en: "ID"),
        .colSeverity: TextEntry(zh: "级别", en: "Severity"),
        .colRule: TextEntry(zh: "规则", en: "Rule"),
        .colOrg: TextEntry(zh: "组织", en: "Organization"),
        .colFigure: TextEntry(zh: "数值", en: "Figure"),
        .colState: TextEntry(zh: "状态", en: "State"),
        .colFirstSeen: TextEntry(zh: "首次", en: "First seen"),
        .colLastSeen: TextEntry(zh: "最近", en: "Last seen"),
        .colMessage: TextEntry(zh: "说明", en: "Details"),
        .colNote: TextEntry(zh: "备注", en: "Note"),
        .storeWide: TextEntry(zh: "（全库）", en: "(store)"),
        .cliNone: TextEntry(zh: "没有符合条件的预警", en: "No alerts match"),
        .cliCount: TextEntry(zh: "共 {0} 条预警", en: "{0} alerts"),
        .cliAcknowledged: TextEntry(zh: "已确认预警 {0}", en: "Acknowledged {0}"),
        .cliSnoozed: TextEntry(zh: "预警 {0} 已暂缓至 {1}", en: "Snoozed {0} until {1}"),
        .cliEvaluated: TextEntry(
            zh: "预警评估 {0}：新增 {1}，再次出现 {2}，已解决 {3}，暂缓到期 {4}；当前成立 {5} 条",
            en: "Alerts for {0}: {1} new, {2} reopened, {3} resolved, {4} back from snooze; {5} holding"),
        .cliEvaluationFailed: TextEntry(
            zh: "导入已完成，但预警评估失败：{0}",
            en: "The import is done, but evaluating alerts failed: {0}"),
        .cliBadState: TextEntry(
            zh: "--state 只能是 open、acknowledged、snoozed、resolved、active 或 all",
            en: "--state must be open, acknowledged, snoozed, resolved, active or all"),
        .messageFold: TextEntry(zh: "{0} 个{1}中 {2} 个{3}（本级 {4}）", en: "{2} of {0} {1}: {3} (this unit {4})"),
        .messageMembers: TextEntry(zh: "下属 {0} 个单位同样{1}", en: "likewise in {0} unit(s) below ({1})"),
        .messageMembersOnly: TextEntry(zh: "下属 {0} 个单位{1}", en: "{1} in {0} unit(s) below"),
        .messageShortfall: TextEntry(zh: "差 {0} 人达到 {1}", en: "{0} more needed to reach {1}"),
        .messageLost: TextEntry(zh: "比均值少 {0} 人", en: "{0} learners fewer than the mean"),
        .messageAnomalyGroup: TextEntry(
            zh: "{0} 名学员数据异常（导入 #{1} {2}，{3}）：{4}", en: "{0} learners with anomalies (import #{1} {2}, {3}): {4}"),
        .provisional: TextEntry(zh: "（当日数据未完整）", en: "(day still partial) "),
        .unitWord: TextEntry(zh: "单位", en: "units"),
        .conditionFloor: TextEntry(zh: "活跃度低于底线 {0}", en: "activity below the floor {0}"),
        .conditionTarget: TextEntry(zh: "活跃度低于目标 {0}", en: "activity below the target {0}"),
        .conditionDrop: TextEntry(zh: "活跃度下滑 {0} 个百分点以上", en: "activity down {0} points or more"),
        .conditionRegistration: TextEntry(zh: "注册率低于目标 {0}", en: "registration below the target {0}"),
        .shortFloor: TextEntry(zh: "底线", en: "Floor"),
        .shortTarget: TextEntry(zh: "目标", en: "Target"),
        .shortDrop: TextEntry(zh: "下滑", en: "Drop"),
        .shortRegistration: TextEntry(zh: "注册", en: "Reg."),
        .shortInactive: TextEntry(zh: "未学", en: "Idle"),
        .shortAnomaly: TextEntry(zh: "异常", en: "Anom."),
        .shortStale: TextEntry(zh: "数据", en: "Data"),
        .groupUnits: TextEntry(zh: "{0} 个{1}", en: "{0} {1}"),
        .groupLearners: TextEntry(zh: "{0} 个单位 {1} 人", en: "{0} units, {1} learners"),
        .groupAnomalies: TextEntry(zh: "{0} 个导入 {1} 行", en: "{0} imports, {1} rows"),
        .cliGroupCount: TextEntry(zh: "{0} 组 · 含下属 {1} 条", en: "{0} groups · {1} inside"),
        .colGroup: TextEntry(zh: "预警组", en: "Group"),
        .colMembers: TextEntry(zh: "条数", en: "Items"),
        .colShortfall: TextEntry(zh: "缺口", en: "Short"),
        .colDays: TextEntry(zh: "持续", en: "Days"),
    ]
}
