import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the real `xuexi-dash` as other Unix users, for the tests of read-only and shared
/// stores: root ignores file modes, so these must run as someone else. The test process
/// must be root (as CI and the development containers are) to switch users with `runuser`
/// and to create the accounts below when they are missing; otherwise the tests fail and
/// say so rather than skip, so a permission bug cannot pass unseen.
enum OtherUsers {
    /// A user with no rights on the test's files: `nobody`, present on every Debian system.
    static let viewer = "nobody"
    /// The office group of `store share` and two of its members, created when missing.
    static let group = "xuexi-share"
    static let memberA = "xuexi-share-a"
    static let memberB = "xuexi-share-b"

    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let runuser: String? = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Root, `runuser`, the group and its two members (created here once when missing).
    static let accounts: Result<Void, Unavailable> = {
        guard geteuid() == 0 else {
            return .failure(
                Unavailable(
                    description:
                        "these tests switch to other Unix users (root ignores file modes) and must run as root, as CI does: run swift test as root or in the CI container"
                ))
        }
        guard runuser != nil else { return .failure(Unavailable(description: "runuser (util-linux) is not installed")) }
        // flock: test runs in other worktrees may create the same accounts at the same time.
        let script = """
            getent group \(group) >/dev/null || groupadd \(group) || exit 1
            for user in \(memberA) \(memberB); do
              id -u "$user" >/dev/null 2>&1 || useradd -M -N -g nogroup -G \(group) -d /nonexistent -s /usr/sbin/nologin "$user" || exit 1
            done
            """
        let result = try? run(["/usr/bin/flock", "/tmp/xuexi-dash-test-accounts.lock", "/bin/sh", "-c", script])
        guard let result, result.status == 0 else {
            return .failure(
                Unavailable(
                    description:
                        "could not create the group \(group) and users \(memberA), \(memberB) with groupadd/useradd: \(result?.stderr ?? "flock failed")"
                ))
        }
        return .success(())
    }()

    /// A copy of `xuexi-dash` (and the package's themes) in a folder every user may enter:
    /// the build folder may sit in a home directory other users cannot pass through.
    static let binary: Result<String, any Error> = Result {
        guard let built = TmuxHarness.executable(named: "xuexi-dash") else {
            throw Unavailable(description: "xuexi-dash is not built (swift build)")
        }
        if reachableByOthers(built) { return built }
        let folder = try worldReadableFolder(named: "bin")
        let copy = folder + "/bin/xuexi-dash"
        try FileManager.default.createDirectory(atPath: folder + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: built, toPath: copy)
        let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes").path
        try? FileManager.default.copyItem(atPath: themes, toPath: folder + "/Themes")
        _ = try run(["/bin/chmod", "-R", "a+rX", folder])
        return copy
    }

    /// Whether every user may run `path`: each folder above it searchable by others, the file
    /// readable and executable by others.
    static func reachableByOthers(_ path: String) -> Bool {
        var folder = (path as NSString).deletingLastPathComponent
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & 0o005 == 0o005 else { return false }
        while !folder.isEmpty && folder != "/" {
            guard stat(folder, &info) == 0, info.st_mode & 0o001 != 0 else { return false }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return true
    }

    /// Accounts and binary ready, or the reason the test must fail.
    static func prepared() throws -> String {
        try accounts.get()
        return try binary.get()
    }

    /// A fresh folder under /tmp that every user may enter and list (but not write).
    static func worldReadableFolder(named name: String) throws -> String {
        let path = "/tmp/xuexi-dash-users-\(getpid())-\(name)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        return path
    }

    /// Runs `xuexi-dash arguments` as `user` (through `runuser`), with a UTF-8 locale and an
    /// optional umask, and waits for it.
    static func dash(
        as user: String, _ arguments: [String], umask: String? = nil, environment: [String: String] = [:]
    ) throws -> Output {
        try run(commandLine(as: user, arguments, umask: umask, environment: environment))
    }

    /// The `runuser` command line that runs `xuexi-dash arguments` as `user`; `environment`
    /// is set after `runuser` (which sets `USER`, `HOME` and `LOGNAME` for the user itself).
    static func commandLine(
        as user: String, _ arguments: [String], umask: String? = nil, environment: [String: String] = [:]
    ) throws -> [String] {
        let binary = try prepared()
        var command = [runuser!, "-u", user, "--"]
        if let umask { command += ["/bin/sh", "-c", "umask \(umask); exec \"$0\" \"$@\""] }
        if !environment.isEmpty {
            command += ["/usr/bin/env"] + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        }
        return command + [binary] + arguments
    }

    /// Starts `command` without waiting; the caller ends it. Give it a `commandLine(as:)`:
    /// a child of the test runner inherits its blocked SIGTERM, `runuser` unblocks it.
    static func start(_ command: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = baseEnvironment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static let baseEnvironment = [
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
    ]

    @discardableResult
    static func run(_ command: [String], environment: [String: String] = [:], in folder: String? = nil) throws -> Output
    {
        let process = Process()
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = baseEnvironment.merging(environment) { _, new in new }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes to the end together, so a chatty stderr cannot block the child.
        let errorData = BackgroundRead(errors.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self),
            stderr: String(decoding: errorData.wait(), as: UTF8.self))
    }

    /// Reads a pipe to its end on another thread.
    final class BackgroundRead: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        func wait() -> Data {
            done.wait()
            return data
        }
    }

    /// The numeric id of a group.
    static func groupID(_ name: String) -> gid_t? { getgrnam(name).map { $0.pointee.gr_gid } }
    static func userID(_ name: String) -> uid_t? { getpwnam(name).map { $0.pointee.pw_uid } }
}
