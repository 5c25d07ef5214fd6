import XuexiModel

extension ImportText {
    static let table: [ImportText: TextEntry] = [
        .problemLocation: TextEntry(zh: "{0} 第 {1} 行", en: "{0} line {1}"),
        .problemColumn: TextEntry(zh: "列“{0}”", en: "column \"{0}\""),
        .problemValue: TextEntry(zh: "值“{0}”", en: "value \"{0}\""),
        .problemExpected: TextEntry(zh: "应为{0}", en: "expected {0}"),
        .problemMore: TextEntry(zh: "……另有 {0} 个错误未列出", en: "… and {0} more errors"),
        .expectedHeader: TextEntry(zh: "表头行", en: "a header row"),
        .expectedNotForeign: TextEntry(
            zh: "CSV、XLSX 或 JSON 导出文件，但这是一个 {0} 文件",
            en: "a CSV, XLSX or JSON export, but this is a {0} file"),
        .expectedNotFuture: TextEntry(
            zh: "不晚于今天（{0}）的日期；确是这一天的数据请加 --allow-future",
            en: "a day no later than today ({0}); add --allow-future if the file really is for that day"),
        .expectedNotOld: TextEntry(
            zh: "不早于数据库首日（{0}）一年以上的日期；确需导入请加 --allow-old",
            en: "a day at most a year before the store's first day ({0}); add --allow-old to import it anyway"),
        .expectedDataRows: TextEntry(zh: "至少一行数据", en: "at least one data row"),
        .expectedKnownHeaders: TextEntry(
            zh: "可识别的表头（组织、花名册、积分或成员积分报表，例如 {0}）",
            en: "recognised headers of an org, roster, points or member-score file (such as {0})"),
        .expectedColumn: TextEntry(zh: "必需的列“{0}”", en: "a column \"{0}\""),
        .expectedPointsColumn: TextEntry(
            zh: "“当日积分”或“总积分”列",
            en: "a \"当日积分/day_points\" or \"总积分/total_points\" column"),
        .expectedInteger: TextEntry(zh: "非负整数", en: "a non-negative whole number"),
        .expectedDate: TextEntry(zh: "日期（YYYY-MM-DD）", en: "a date (YYYY-MM-DD)"),
        .expectedDateSource: TextEntry(
            zh: "日期列、--date 或文件名中的日期（YYYY-MM-DD）",
            en: "a date column, --date, or a YYYY-MM-DD date in the file name"),
        .expectedRequired: TextEntry(zh: "非空值", en: "a value"),
        .expectedUniqueOrg: TextEntry(
            zh: "不重复的组织编码（第 {0} 行已有）",
            en: "a unique org code (already on line {0})"),
        .expectedUniqueLearner: TextEntry(
            zh: "不重复的学员编号（第 {0} 行已有）",
            en: "a unique learner id (already on line {0})"),
        .expectedUniquePoints: TextEntry(
            zh: "每名学员每天一行（第 {0} 行已有）",
            en: "one row per learner and day (already on line {0})"),
        .expectedKnownOrg: TextEntry(
            zh: "本文件或库中已有的组织编码",
            en: "an org code present in the file or the store"),
        .expectedKnownParent: TextEntry(
            zh: "本文件或库中已有的上级组织编码",
            en: "a parent org code present in the file or the store"),
        .expectedNoCycle: TextEntry(
            zh: "不成环的上级关系（环：{0}）",
            en: "a parent chain without a cycle (cycle: {0})"),
        .expectedKnownLearner: TextEntry(zh: "花名册中已有的学员编号", en: "a learner id from the roster"),
        .expectedActivation: TextEntry(zh: "“已激活”或“未激活”（或 1/0）", en: "已激活/未激活 (or 1/0)"),
        .expectedKnownDepartment: TextEntry(
            zh: "库中已有的部门（或使用 --create-missing --root 编码）",
            en: "a department present in the store (or --create-missing --root CODE)"),
        .expectedKnownMember: TextEntry(
            zh: "库中已有的成员（或使用 --create-missing --root 编码）",
            en: "a member present in the store (or --create-missing --root CODE)"),
        .expectedRootOrg: TextEntry(
            zh: "--root 指定的组织编码（与 --create-missing 一起使用）",
            en: "an org code given with --root (with --create-missing)"),
        .expectedUnambiguousName: TextEntry(
            zh: "部门内唯一的姓名（候选：{0}）",
            en: "a name unique within the department (candidates: {0})"),
        .expectedFolderWithExports: TextEntry(
            zh: "含有 CSV、TXT、XLSX 或 JSON 导出文件的文件夹（此文件夹中一个也没有）",
            en: "a folder with CSV, TXT, XLSX or JSON exports (this one has none)"),
        .expectedSupportedFile: TextEntry(zh: "CSV、XLSX 或 JSON 文件", en: "a CSV, XLSX or JSON file"),
        .noteDuplicate: TextEntry(zh: "已于 {0} 导入（#{1}），跳过", en: "already imported on {0} (#{1}), skipped"),
        .noteItemColumnIgnored: TextEntry(zh: "列“{0}”不是数字，已忽略", en: "column \"{0}\" is not numeric, ignored"),
        .noteUnknownColumn: TextEntry(zh: "未识别的列“{0}”，已忽略", en: "unknown column \"{0}\" ignored"),
    ]
}
