import Foundation
import XuexiImport
import XuexiModel
import XuexiStore

/// Any error a command, the watcher or the dashboard meets, said in the UI language: what
/// happened, and for the store that nothing was changed and what to do. Nothing of
/// Foundation's or SQLite's English reaches the user except, as a last resort, an error
/// this function does not know.
public enum ErrorMessage {
    public static func text(for error: any Error, language: Language, storePath: String? = nil) -> String {
        switch error {
        case let failure as ImportFailure: return failure.message(language)
        case let problem as ImportProblem: return problem.message(language)
        case let alert as AlertError: return alert.message(language)
        case let report as ReportError: return report.message(language)
        case let configuration as AppConfiguration.InvalidConfiguration: return configuration.description
        case let unknown as UnknownOrganization: return ServiceText.unknownOrg.text(language, unknown.code)
        case let remote as StoreOfRecordError: return storeOfRecord(remote, language: language)
        case let unavailable as StoreUnavailable:
            if let kind = unavailable.kind { return store(kind, path: unavailable.path, language: language) }
            if let code = unavailable.databaseCode {
                return ServiceText.storeOtherError.text(language, unavailable.path, code)
            }
            let reason = unavailable.cause?.text(language) ?? unavailable.reason
            return ServiceText.storeUnavailable.text(language, unavailable.path, reason)
        default: break
        }
        let path = storePath ?? ServiceText.theStore.text(language)
        if let kind = StoreFailureKind.of(error) { return store(kind, path: path, language: language) }
        if let code = StoreFailureKind.otherDatabaseError(error) {
            return ServiceText.storeOtherError.text(language, path, code)
        }
        if let cause = FileErrorCause(error) {
            // Foundation names the file; a bare POSIX error does not, and then the cause is all.
            guard let file = (error as NSError).userInfo[NSFilePathErrorKey] as? String else {
                return cause.text(language)
            }
            return FileText.failed.text(language, file, cause.text(language))
        }
        return String(describing: error)
    }

    /// Whether `text(for:)` says `error` in the UI language (not the last-resort description).
    public static func knows(_ error: any Error) -> Bool {
        error is ImportFailure || error is ImportProblem || error is AlertError || error is ReportError
            || error is AppConfiguration.InvalidConfiguration || error is UnknownOrganization
            || error is StoreUnavailable || error is StoreOfRecordError || StoreFailureKind.of(error) != nil
            || StoreFailureKind.otherDatabaseError(error) != nil || FileErrorCause(error) != nil
    }

    /// Writing `path` failed: the path and the cause in the UI language.
    public static func writing(_ path: String, error: any Error, language: Language) -> String {
        guard let cause = FileErrorCause(error) else { return text(for: error, language: language) }
        return FileText.cannotWrite.text(language, path, cause.text(language))
    }

    /// A PostgreSQL store that could not be reached or refused, with the server's own words.
    static func storeOfRecord(_ error: StoreOfRecordError, language: Language) -> String {
        switch error.failure {
        case .cannotConnect(let why): ServiceText.remoteCannotConnect.text(language, error.location, why)
        case .noStore: ServiceText.remoteNoStore.text(language, error.location)
        case .schemaMismatch: ServiceText.remoteSchemaMismatch.text(language, error.location)
        case .server(let why): ServiceText.remoteRefused.text(language, error.location, why)
        }
    }

    /// What happened to the store, that nothing was changed, and what to do.
    public static func store(_ kind: StoreFailureKind, path: String, language: Language) -> String {
        let key: ServiceText =
            switch kind {
            case .diskFull: .storeDiskFull
            case .busy: .storeBusy
            case .corrupt: .storeCorrupt
            case .readOnly: .storeReadOnly
            }
        return key.text(language, path)
    }
}

/// Text of the import service and of the error messages every front end shares.
public enum ServiceText: String, TextKey {
    public static let entries: [ServiceText: TextEntry] = [
        .storeDiskFull: TextEntry(
            zh: "磁盘已满，无法写入数据库 {0}；本次操作未作任何改动，数据库完好。请腾出磁盘空间后重试。",
            en:
                "The disk is full, so the store {0} cannot be written; nothing was changed and the store is intact. Free some disk space and try again."
        ),
        .remoteCannotConnect: TextEntry(
            zh: "连不上 PostgreSQL 数据库 {0}：{1}；未作任何改动。请检查地址、端口、用户名和密码（$PGPASSWORD）。",
            en:
                "Cannot reach the PostgreSQL store {0}: {1}; nothing was changed. Check the host, port, user and password ($PGPASSWORD)."
        ),
        .remoteNoStore: TextEntry(
            zh: "{0} 里还没有 XuexiDash 数据库；未作任何改动。建库请用 xuexi-dash init --store {0}（或第一次 import）。",
            en:
                "{0} holds no XuexiDash store; nothing was changed. Create one with xuexi-dash init --store {0} (or a first import)."
        ),
        .remoteSchemaMismatch: TextEntry(
            zh: "{0} 里的数据库由另一版本的 xuexi-dash 建立，表结构不同；未作任何改动。请用与建库时相同的版本。",
            en:
                "The store in {0} was made by another version of xuexi-dash with other tables; nothing was changed. Use the version that made it."
        ),
        .remoteRefused: TextEntry(
            zh: "PostgreSQL 数据库 {0} 拒绝了这次操作：{1}；未作任何改动。",
            en: "The PostgreSQL store {0} refused: {1}; nothing was changed."
        ),
        .storeBusy: TextEntry(
            zh: "数据库 {0} 正被另一个程序长时间占用（如另一次导入）；未作任何改动。请等它结束后重试。",
            en:
                "The store {0} is held by another program (another import?) for too long; nothing was changed. Try again when it has finished."
        ),
        .storeCorrupt: TextEntry(
            zh: "{0} 不是本程序的数据库，或已损坏；未作任何改动。请检查 --store 路径，或从备份恢复。",
            en:
                "{0} is not a store of this program, or it is damaged; nothing was changed. Check the --store path, or restore it from a backup."
        ),
        .storeReadOnly: TextEntry(
            zh: "数据库 {0} 只读或没有权限写入；未作任何改动。请检查文件及其目录的权限。",
            en:
                "The store {0} is read-only or not writable for you; nothing was changed. Check the permissions of the file and its folder."
        ),
        .storeOtherError: TextEntry(
            zh: "数据库 {0} 读写出错（SQLite 错误码 {1}）；未提交的改动已撤销。请检查磁盘后重试。",
            en:
                "The store {0} could not be read or written (SQLite error {1}); nothing uncommitted was kept. Check the disk and try again."
        ),
        .storeUnavailable: TextEntry(zh: "无法使用数据库 {0}：{1}", en: "store unavailable {0}: {1}"),
        .theStore: TextEntry(zh: "（数据库）", en: "(the store)"),
        .unknownOrg: TextEntry(
            zh: "没有编码为 {0} 的组织（见 orgs 的“编码”列）", en: "No organization has the code {0} (see the Code column of orgs)"),
    ]

    case storeDiskFull = "service.store.diskFull"
    case storeBusy = "service.store.busy"
    case remoteCannotConnect = "service.remote.cannotConnect"
    case remoteNoStore = "service.remote.noStore"
    case remoteSchemaMismatch = "service.remote.schemaMismatch"
    case remoteRefused = "service.remote.refused"
    case storeCorrupt = "service.store.corrupt"
    case storeReadOnly = "service.store.readOnly"
    case storeOtherError = "service.store.other"
    case storeUnavailable = "service.store.unavailable"
    case theStore = "service.store.unnamed"
    case unknownOrg = "service.unknownOrg"
}
