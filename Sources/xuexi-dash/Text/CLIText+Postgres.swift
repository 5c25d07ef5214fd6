import XuexiModel

extension CLIText {
    /// PostgreSQL store addresses and `admin grant` / `admin revoke`.
    static let postgresTable: [CLIText: TextEntry] = [
        .postgresBadURL: TextEntry(
            zh: "数据库地址 {0} 无效；应为 postgresql://用户@主机:端口/库名（不支持 sslmode=require）。",
            en:
                "The store address {0} is not valid; expected postgresql://USER@HOST:PORT/DATABASE (sslmode=require is not supported)."
        ),
        .adminNeedsPostgres: TextEntry(
            zh: "admin 命令只用于 PostgreSQL 数据库（--store postgresql://…）；SQLite 数据库请用 xuexi-dash store share。",
            en:
                "admin commands are for a PostgreSQL store (--store postgresql://…); share a SQLite store with xuexi-dash store share."
        ),
        .adminGranted: TextEntry(
            zh: "角色 {0} 今后只能看到 {1}（{2}）及其下级：{3} 个单位、{4} 名学员；可确认、暂缓这些单位的预警。",
            en:
                "Role {0} now sees only {1} ({2}) and below: {3} units, {4} learners; it may acknowledge and snooze their alerts."
        ),
        .adminRevoked: TextEntry(
            zh: "角色 {0} 已不能读取这个数据库（角色本身保留，可用 DROP ROLE 删除）。",
            en: "Role {0} can no longer read this store (the role itself remains; DROP ROLE removes it)."
        ),
        .adminUnknownRole: TextEntry(
            zh: "角色 {0} 没有这个数据库的授权；未作任何改动。", en: "Role {0} holds no grant on this store; nothing was changed."),
        .adminBadRole: TextEntry(
            zh: "角色名 {0} 无效：只能用小写字母、数字和下划线，以字母开头。",
            en:
                "The role name {0} is not valid: use lower-case letters, digits and underscores, starting with a letter."
        ),
        .infoReplica: TextEntry(zh: "PostgreSQL；本地副本 {0}", en: "PostgreSQL; local replica {0}"),
        .infoScope: TextEntry(zh: "可见范围：{0}（{1}）及其下级", en: "Scope: {0} ({1}) and below"),
        .infoWholeStore: TextEntry(zh: "可见范围：全部单位", en: "Scope: the whole store"),
        .scopedRefused: TextEntry(
            zh: "不能{0}：你在 {1} 的角色只能查看本单位及下级，只可确认、暂缓这些单位的预警；未作任何改动。请由街道办（拥有整个数据库的角色）操作。",
            en:
                "Cannot {0}: your role on {1} sees only its own unit and below, and may only acknowledge and snooze their alerts; nothing was changed. Ask the office (a role with the whole store) to do it."
        ),
        .demoWontEmptyPostgres: TextEntry(
            zh: "{0} 里已有数据，演示数据不会清空一个 PostgreSQL 数据库；未作任何改动。请用空库（createdb）或 SQLite 文件。",
            en:
                "{0} already holds data, and a demo never empties a PostgreSQL database; nothing was changed. Use an empty database (createdb) or a SQLite file."
        ),
        .shareNeedsSQLite: TextEntry(
            zh: "store share 只用于 SQLite 数据库文件；PostgreSQL 数据库请用 xuexi-dash admin grant 角色 --org 单位编码。",
            en:
                "store share is for a SQLite store file; for a PostgreSQL store use xuexi-dash admin grant ROLE --org CODE."
        ),
    ]
}
