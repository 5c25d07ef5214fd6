import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file could not be read or written, told apart so a message can say it in the UI
/// language instead of quoting Foundation ("The operation could not be completed") or
/// `strerror` (always English).
public enum FileErrorCause: Sendable, Equatable {
    case missing
    case noPermission
    case isDirectory
    /// A folder on the way is a file (`report.md/out.csv`).
    case notDirectory
    case diskFull
    case readOnlyFileSystem
    /// Anything else, by its system error number (0 when there was none).
    case other(code: Int32)

    public init(errno code: Int32) {
        switch code {
        case ENOENT: self = .missing
        case EACCES, EPERM: self = .noPermission
        case EISDIR: self = .isDirectory
        case ENOTDIR: self = .notDirectory
        case ENOSPC, EDQUOT: self = .diskFull
        case EROFS: self = .readOnlyFileSystem
        default: self = .other(code: code)
        }
    }

    /// The cause of a Foundation file error (its POSIX error, or its Cocoa code); nil when
    /// `error` is not about a file.
    public init?(_ error: any Error) {
        if let posix = error as? POSIXError {
            self.init(errno: posix.code.rawValue)
            return
        }
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain {
            self.init(errno: Int32(error.code))
            return
        }
        guard error.domain == NSCocoaErrorDomain else { return nil }
        if let posix = error.userInfo[NSUnderlyingErrorKey] as? POSIXError {
            self.init(errno: posix.code.rawValue)
            return
        }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            self.init(errno: Int32(underlying.code))
            return
        }
        switch error.code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: self = .missing
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: self = .noPermission
        case NSFileWriteOutOfSpaceError: self = .diskFull
        case NSFileWriteVolumeReadOnlyError: self = .readOnlyFileSystem
        case NSFileReadUnknownError, NSFileWriteUnknownError, NSFileReadCorruptFileError: self = .other(code: 0)
        default: return nil
        }
    }

    /// Why `path` cannot be opened for reading, found by opening it and reading a byte (a
    /// folder opens but does not read); nil when it can be read.
    public static func ofReading(_ path: String) -> FileErrorCause? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { return FileErrorCause(errno: errno) }
        defer { close(descriptor) }
        var byte: UInt8 = 0
        while read(descriptor, &byte, 1) < 0 {
            if errno != EINTR { return FileErrorCause(errno: errno) }
        }
        return nil
    }

    /// The cause, in `language`, as a phrase that follows the file's name.
    public func text(_ language: Language) -> String {
        switch self {
        case .missing: FileText.missing.text(language)
        case .noPermission: FileText.noPermission.text(language)
        case .isDirectory: FileText.isDirectory.text(language)
        case .notDirectory: FileText.notDirectory.text(language)
        case .diskFull: FileText.diskFull.text(language)
        case .readOnlyFileSystem: FileText.readOnlyFileSystem.text(language)
        case .other(let code) where code == 0: FileText.unknown.text(language)
        case .other(let code): FileText.other.text(language, code, FileErrorCause.symbol(code))
        }
    }

    /// The C name of an error number (`EIO`), which a search engine finds in any language.
    static func symbol(_ code: Int32) -> String {
        let names: [Int32: String] = [
            EIO: "EIO", EBUSY: "EBUSY", EMFILE: "EMFILE", ENFILE: "ENFILE", ENAMETOOLONG: "ENAMETOOLONG",
            ELOOP: "ELOOP", ETXTBSY: "ETXTBSY", EFBIG: "EFBIG", ENXIO: "ENXIO", ENODEV: "ENODEV",
            EEXIST: "EEXIST", EINVAL: "EINVAL", ENOMEM: "ENOMEM",
        ]
        return names[code] ?? "errno \(code)"
    }
}

/// The text of file errors, shared by every target that reads or writes files.
public enum FileText: String, TextKey {
    public static let entries: [FileText: TextEntry] = [
        .missing: TextEntry(zh: "文件或文件夹不存在", en: "no such file or folder"),
        .noPermission: TextEntry(
            zh: "没有权限（请检查文件及其文件夹的权限）", en: "permission denied (check the permissions of the file and its folder)"),
        .isDirectory: TextEntry(zh: "这是一个文件夹，不是文件", en: "it is a folder, not a file"),
        .notDirectory: TextEntry(zh: "路径中的某一级是文件而不是文件夹", en: "a part of the path is a file, not a folder"),
        .diskFull: TextEntry(zh: "磁盘已满", en: "the disk is full"),
        .readOnlyFileSystem: TextEntry(zh: "所在的磁盘或文件系统只读", en: "the disk or file system is read-only"),
        .unknown: TextEntry(zh: "读写出错", en: "a read or write error"),
        .other: TextEntry(zh: "系统错误 {0}（{1}）", en: "system error {0} ({1})"),
        .notUTF8: TextEntry(zh: "不是 UTF-8 编码的文本", en: "not UTF-8 text"),
        .failed: TextEntry(zh: "文件 {0}：{1}", en: "File {0}: {1}"),
        .cannotWrite: TextEntry(zh: "无法写入 {0}：{1}", en: "Cannot write {0}: {1}"),
    ]

    case missing = "file.missing"
    case noPermission = "file.noPermission"
    case isDirectory = "file.isDirectory"
    case notDirectory = "file.notDirectory"
    case diskFull = "file.diskFull"
    case readOnlyFileSystem = "file.readOnlyFileSystem"
    case unknown = "file.unknown"
    case other = "file.other"
    case notUTF8 = "file.notUTF8"
    /// A whole message: the path, then the cause.
    case failed = "file.failed"
    case cannotWrite = "file.cannotWrite"
}
