import Foundation
import Testing
import XuexiModel

/// Foundation's file errors ("The operation could not be completed") and `errno` told apart
/// by cause, so every message can say it in the UI language.
@Suite struct FileErrorCauseTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("xuexi-file-cause-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func cause(_ body: () throws -> Void) -> FileErrorCause? {
        do {
            try body()
            return nil
        } catch {
            return FileErrorCause(error)
        }
    }

    @Test func foundationErrorsAreToldApartByCause() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("file.txt")
        try Data("x".utf8).write(to: file)
        #expect(cause { try Data("x".utf8).write(to: folder, options: .atomic) } == .isDirectory)
        #expect(cause { _ = try String(contentsOf: folder, encoding: .utf8) } == .isDirectory)
        #expect(cause { _ = try Data(contentsOf: folder.appendingPathComponent("none.csv")) } == .missing)
        #expect(cause { try Data("x".utf8).write(to: folder.appendingPathComponent("no/such/x")) } == .missing)
        #expect(
            cause {
                try FileManager.default.createDirectory(
                    at: file.appendingPathComponent("sub"), withIntermediateDirectories: true)
            } == .notDirectory)
        // Not a file error at all: no cause, so the caller says something else.
        #expect(FileErrorCause(CocoaError(.coderInvalidValue)) == nil)
    }

    @Test func readingIsCheckedByOpeningAndReading() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("file.txt")
        try Data("x".utf8).write(to: file)
        #expect(FileErrorCause.ofReading(file.path) == nil)
        #expect(FileErrorCause.ofReading(folder.path) == .isDirectory)
        #expect(FileErrorCause.ofReading(folder.appendingPathComponent("none").path) == .missing)
        #expect(FileErrorCause.ofReading(file.appendingPathComponent("x").path) == .notDirectory)
    }

    @Test func everyCauseIsSaidInBothLanguages() {
        #expect(FileErrorCause(errno: ENOENT).text(.zh) == "文件或文件夹不存在")
        #expect(FileErrorCause(errno: EACCES).text(.zh).hasPrefix("没有权限"))
        #expect(FileErrorCause(errno: ENOSPC).text(.zh) == "磁盘已满")
        #expect(FileErrorCause(errno: EROFS).text(.en) == "the disk or file system is read-only")
        #expect(FileErrorCause(errno: EIO).text(.zh) == "系统错误 \(EIO)（EIO）")
        #expect(
            FileText.cannotWrite.text(.zh, "/tmp/a.md", FileErrorCause.isDirectory.text(.zh))
                == "无法写入 /tmp/a.md：这是一个文件夹，不是文件")
    }
}
