import XuexiModel

extension CLIText {
    static let table: [CLIText: TextEntry] = [
        .learnersXLSXNeedsStatus: TextEntry(
            zh: "--format xlsx 需与 --status 一起使用", en: "--format xlsx goes with --status"),
        .chaseSummary: TextEntry(zh: "共 {0} 人", en: "{0} learners"),
        .storeStale: TextEntry(
            zh: "注意：数据库中的统计按旧参数（{0}）计算，与当前配置（{1}）不同；请运行 xuexi-dash rebuild 重新计算",
            en:
                "note: the stored figures were computed with other thresholds ({0}) than the configuration's ({1}); run xuexi-dash rebuild to recompute them"
        ),
        .rebuildUpToDate: TextEntry(
            zh: "统计已按当前配置计算（{0}），无需重算", en: "The stored figures already use the configured thresholds ({0})"),
        .rebuildProgress: TextEntry(zh: "重新计算", en: "Recomputing"),
        .rebuildDone: TextEntry(
            zh: "已按 {1} 重新计算 {0} 天的统计，用时 {2} 秒", en: "Recomputed {0} days with {1} in {2} s"),
        .rebuildAutomatic: TextEntry(
            zh: "阈值已变更：已按 {1} 重新计算 {0} 天的统计", en: "Thresholds changed: recomputed {0} days with {1}"),
        .storeMissing: TextEntry(
            zh: "没有找到数据库：{0}（先用 import 或 demo 创建）",
            en: "No store found: {0} (create one with import or demo first)"),
        .storeURLUnsupported: TextEntry(
            zh: "{0} 是 {1} 数据库地址，不支持；请用 --store 指定一个 SQLite 文件路径或 postgresql:// 地址，未创建任何文件。",
            en:
                "{0} is a {1} database URL, which is not supported; give --store a SQLite file path or a postgresql:// URL. Nothing was created."
        ),
        .storeCreated: TextEntry(zh: "已创建数据库：{0}", en: "Store created: {0}"),
        .storeExists: TextEntry(zh: "数据库已存在：{0}（未改动）", en: "Store already exists: {0} (left unchanged)"),
        .undoWhich: TextEntry(
            zh: "请给出要撤销的导入编号（见 imports），或用 --last 撤销最近一次导入（二者选一）",
            en: "Give the number of the import to undo (see imports), or --last for the latest one (not both)"),
        .undoNoImports: TextEntry(zh: "还没有任何导入，无可撤销。", en: "There are no imports to undo."),
        .undoDone: TextEntry(
            zh: "已撤销导入 {0}：{1} 天的数据已恢复到导入前，{2} 天已无数据。",
            en: "Undid import {0}: {1} days restored to their state before it, {2} days have no data any more."),
        .undoAlertsFailed: TextEntry(
            zh: "撤销已完成，但重新评估预警失败：{0}", en: "The undo is done, but re-evaluating the alerts failed: {0}"),
        .undoUnknown: TextEntry(
            zh: "没有编号为 #{0} 的导入（见 imports），未作任何改动。", en: "There is no import #{0} (see imports); nothing was changed."),
        .undoTooOld: TextEntry(
            zh: "导入 #{0} 太早，已没有撤销所需的记录（最早可撤销 #{1}），未作任何改动。",
            en: "Import #{0} is too old to undo (the earliest that can be undone is #{1}); nothing was changed."),
        .undoDependents: TextEntry(
            zh: "以下较晚的导入依赖导入 #{0}，未作任何改动；加 --cascade 可一并撤销：",
            en: "These later imports build on import #{0}; nothing was changed. Add --cascade to undo them too:"),
        .columnAdded: TextEntry(zh: "新增", en: "Added"),
        .columnReplaced: TextEntry(zh: "替换", en: "Replaced"),
        .terminalNoUTF8: TextEntry(
            zh:
                "区域设置“{0}”不是 UTF-8，本机也没有安装任何 UTF-8 区域设置，中文无法显示。请安装一个（如 apt-get install locales && locale-gen zh_CN.UTF-8）并用 LANG=zh_CN.UTF-8 运行。",
            en:
                "The locale '{0}' is not UTF-8 and no UTF-8 locale is installed, so Chinese cannot be shown. Install one (e.g. apt-get install locales && locale-gen zh_CN.UTF-8) and run with LANG=zh_CN.UTF-8."
        ),
        .terminalNotATerminal: TextEntry(
            zh: "看板需要在终端中运行（输入输出不能重定向）；要输出文字画面请用 xuexi-dash snapshot",
            en:
                "The dashboard needs a terminal (input and output not redirected); for a text screen use xuexi-dash snapshot"
        ),
        .terminalUnknown: TextEntry(
            zh: "不认识的终端类型“{0}”（请检查 TERM，如 TERM=xterm-256color）",
            en: "Unknown terminal type '{0}' (check TERM, e.g. TERM=xterm-256color)"),
        .terminalBusy: TextEntry(zh: "本程序已在使用这个终端", en: "A terminal session is already running"),
        .terminalNoCursor: TextEntry(
            zh: "终端类型“{0}”不能移动光标，无法显示看板。请在完整的终端中运行（如 TERM=xterm-256color），或用 xuexi-dash snapshot 输出一屏文字。",
            en:
                "The terminal type '{0}' cannot move the cursor, so the dashboard cannot be drawn. Run it in a full terminal (e.g. TERM=xterm-256color) or print a screen with `xuexi-dash snapshot`."
        ),
        .rows: TextEntry(zh: "行", en: "rows"),
        .importUnchanged: TextEntry(zh: "导入失败，数据库未作任何改动。", en: "Import failed; the store is unchanged."),
        .importDone: TextEntry(
            zh: "已导入 {0} 个文件，共 {1} 行，用时 {2} 秒（{3} 行/秒）",
            en: "Imported {0} files, {1} rows in {2} s ({3} rows/s)"),
        .importAllSkipped: TextEntry(
            zh: "没有新数据：{0} 个文件与先前的导入相同，已跳过，数据库未改动。",
            en: "Nothing new: {0} files are the same as earlier imports and were skipped; the store is unchanged."),
        .importDryRunDone: TextEntry(
            zh: "校验通过（未写入）：{0} 个文件，共 {1} 行，用时 {2} 秒（{3} 行/秒）",
            en: "Dry run OK (nothing written): {0} files, {1} rows in {2} s ({3} rows/s)"),
        .importCreatedOrgs: TextEntry(zh: "新建组织 {0}", en: "{0} orgs created"),
        .importCreatedLearners: TextEntry(zh: "新增学员 {0}", en: "{0} learners created"),
        .importUpdatedLearners: TextEntry(zh: "更新学员 {0}", en: "{0} learners updated"),
        .importAnomalies: TextEntry(zh: "异常 {0} 条", en: "{0} anomalies"),
        .orgsSummary: TextEntry(
            zh: "共 {0} 个组织，学员 {1} 人，已注册 {2} 人",
            en: "{0} organizations, {1} learners, {2} registered"),
        .learnersSummary: TextEntry(zh: "共 {0} 名学员（手机号已脱敏）", en: "{0} learners (phones masked)"),
        .columnCode: TextEntry(zh: "编码", en: "Code"),
        .columnOrg: TextEntry(zh: "组织", en: "Organization"),
        .columnLearners: TextEntry(zh: "学员", en: "Learners"),
        .columnRegistered: TextEntry(zh: "已注册", en: "Registered"),
        .columnExpected: TextEntry(zh: "应学", en: "Expected"),
        .columnRegistrationRate: TextEntry(zh: "注册率", en: "Reg. rate"),
        .columnLearnerId: TextEntry(zh: "学员编号", en: "Learner ID"),
        .columnName: TextEntry(zh: "姓名", en: "Name"),
        .columnStatus: TextEntry(zh: "政治面貌", en: "Status"),
        .columnPhone: TextEntry(zh: "手机号", en: "Phone"),
        .columnMentor: TextEntry(zh: "帮带人", en: "Mentor"),
        .columnRegisteredOn: TextEntry(zh: "注册日期", en: "Registered on"),
        .columnActivated: TextEntry(zh: "已激活", en: "Activated"),
        .columnTotal: TextEntry(zh: "总积分", en: "Total"),
        .columnTime: TextEntry(zh: "时间", en: "Time"),
        .columnKind: TextEntry(zh: "类型", en: "Kind"),
        .columnFile: TextEntry(zh: "文件", en: "File"),
        .columnRows: TextEntry(zh: "行数", en: "Rows"),
        .columnDays: TextEntry(zh: "日期", en: "Days"),
        .columnUser: TextEntry(zh: "用户", en: "User"),
        .demoGenerating: TextEntry(zh: "生成演示数据", en: "Generating demo data"),
        .demoRoster: TextEntry(zh: "导入组织与花名册", en: "Importing orgs and roster"),
        .demoImporting: TextEntry(zh: "逐日导入积分", en: "Importing daily points"),
        .demoBuilt: TextEntry(
            zh: "演示数据已生成：{0} 名学员，{1} 天，数据库 {2}（用时 {3} 秒）",
            en: "Demo store built: {0} learners, {1} days, store {2} ({3} s)"),
        .demoReused: TextEntry(
            zh: "沿用已有的演示数据库 {0}（--rebuild 重新生成）",
            en: "Reusing the demo store {0} (--rebuild to rebuild)"),
        .infoStore: TextEntry(zh: "数据库", en: "Store"),
        .infoNotCreated: TextEntry(zh: "尚未创建", en: "not created yet"),
        .infoImports: TextEntry(zh: "导入次数", en: "Imports"),
        .infoLatestDay: TextEntry(zh: "最新数据日期", en: "Latest day"),
        .infoSize: TextEntry(zh: "大小", en: "Size"),
        .infoConfig: TextEntry(zh: "配置文件", en: "Config"),
        .infoDefaults: TextEntry(zh: "不存在，使用默认值", en: "absent: defaults in use"),
        .infoThemeDirs: TextEntry(zh: "主题目录", en: "Theme directories"),
        .infoMissing: TextEntry(zh: "不存在", en: "missing"),
        .infoThemes: TextEntry(zh: "可用主题", en: "Themes"),
        .infoCurrent: TextEntry(zh: "当前", en: "current"),
        .wordYes: TextEntry(zh: "是", en: "yes"),
        .wordNo: TextEntry(zh: "否", en: "no"),
    ]
}
