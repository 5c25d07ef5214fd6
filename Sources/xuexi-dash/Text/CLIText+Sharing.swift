import XuexiModel

extension CLIText {
    /// Read-only stores and `store share --group`.
    static let sharingTable: [CLIText: TextEntry] = [
        .readOnlyRefused: TextEntry(
            zh: "不能{0}：数据库 {1} 以只读方式打开（{2}）；未作任何改动。",
            en: "Cannot {0}: the store {1} is open read-only ({2}); nothing was changed."),
        .readOnlyRequested: TextEntry(
            zh: "按 --read-only 或 XUEXI_DASH_READ_ONLY 的要求", en: "as --read-only or XUEXI_DASH_READ_ONLY asks"),
        .readOnlyFile: TextEntry(
            zh: "你没有写这个文件的权限；要多人共用，请其所有者运行 xuexi-dash store share --group 组名",
            en: "you may not write the file; to share it, its owner runs xuexi-dash store share --group GROUP"),
        .readOnlyFolder: TextEntry(
            zh: "你没有写它所在文件夹的权限，SQLite 无法在其中建立 -wal/-shm 文件",
            en: "you may not write its folder, where SQLite keeps its -wal/-shm files"),
        .readOnlyNeedsUpgrade: TextEntry(
            zh: "数据库 {0} 由旧版本建立，需要升级，但它对你只读；请其所有者先运行一次 xuexi-dash orgs 等命令完成升级。",
            en:
                "The store {0} was made by an older version and needs an upgrade, but it is read-only for you; ask its owner to run a command such as xuexi-dash orgs once to upgrade it."
        ),
        .storeNotReadable: TextEntry(
            zh: "你没有读取数据库 {0} 的权限（文件或其所在文件夹）；未作任何改动。共用的数据库请让其所有者用 xuexi-dash store share --group 组名 共享给你所在的用户组。",
            en:
                "You may not read the store {0} (the file or its folder); nothing was changed. For a shared store, ask its owner to share it with a group of yours: xuexi-dash store share --group GROUP."
        ),
        .readOnlyFrozen: TextEntry(
            zh: "注意：数据库 {0} 以只读、不可变方式打开（文件夹不可写且没有 -shm 文件），其他人此后的导入不会显示，不自动刷新。",
            en:
                "note: the store {0} is open read-only and immutable (its folder is not writable and there is no -shm file), so later imports by others are not shown: no live refresh."
        ),
        .infoAccess: TextEntry(zh: "访问", en: "Access"),
        .infoReadWrite: TextEntry(zh: "可读写", en: "read-write"),
        .infoReadOnly: TextEntry(zh: "只读（{0}）", en: "read-only ({0})"),
        .actionImport: TextEntry(zh: "导入", en: "import"),
        .actionUndo: TextEntry(zh: "撤销导入", en: "undo an import"),
        .actionAcknowledge: TextEntry(zh: "确认预警", en: "acknowledge alerts"),
        .actionSnooze: TextEntry(zh: "暂缓预警", en: "snooze alerts"),
        .actionEvaluate: TextEntry(zh: "评估预警", en: "evaluate alerts"),
        .actionRebuild: TextEntry(zh: "重新计算", en: "rebuild the figures"),
        .actionWatch: TextEntry(zh: "监视目录并导入", en: "watch a folder and import"),
        .actionNotify: TextEntry(zh: "推送（推送记录要写入数据库）", en: "post notes (each post is recorded in the store)"),
        .actionShare: TextEntry(zh: "共享数据库", en: "share the store"),
        .actionDemo: TextEntry(zh: "生成演示数据", en: "build a demo"),
        .actionInit: TextEntry(zh: "初始化数据库", en: "initialize the store"),
        .shareUnknownGroup: TextEntry(
            zh: "没有名为 {0} 的用户组；先用 groupadd {0} 建立，再用 usermod -aG {0} 用户名 加入成员。",
            en: "There is no group named {0}; create it with groupadd {0} and add members with usermod -aG {0} USER."),
        .shareDone: TextEntry(zh: "数据库 {0} 已与用户组 {1} 共享：", en: "The store {0} is now shared with the group {1}:"),
        .shareUnreachable: TextEntry(
            zh: "注意：用户组 {1} 的成员进不了文件夹 {0}（没有 x 权限），因而打不开数据库；请把数据库放到 /srv/xuexi-dash 这样的位置，或给该文件夹加上 x 权限。",
            en:
                "note: members of {1} cannot pass through the folder {0} (no x permission), so they cannot reach the store; move the store to a place such as /srv/xuexi-dash, or give that folder x permission."
        ),
        .shareNext: TextEntry(
            zh: "新加入 {0} 的成员须重新登录后才生效。SQLite 之后建立的 -wal/-shm 文件沿用数据库文件的权限，组员均可写；谁导入、谁确认预警按各自的登录名记录。",
            en:
                "Members newly added to {0} must log in again first. The -wal/-shm files SQLite creates later take the database file's mode, so every member can write them; imports and acknowledgements are recorded under each member's login name."
        ),
        .shareFailed: TextEntry(
            zh: "无法共享 {0}：{1} 失败（{2}）；须由文件的所有者（且属于用户组 {3}）或 root 运行。未改动的文件保持原样。",
            en:
                "Cannot share {0}: {1} failed ({2}); run it as the files' owner (a member of {3}) or as root. Files not yet changed are as they were."
        ),
    ]
}
