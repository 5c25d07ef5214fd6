import Foundation

/// Runs terminal programs in a private, detached tmux server so end-to-end tests can type
/// keys, read the screen as a person would see it, send signals, and check that the
/// terminal was given back in a usable state. Each harness has its own server socket, so
/// tests never see each other's (or anyone's) tmux sessions.
///
///     let tmux = try TmuxHarness(columns: 80, rows: 24)
///     tmux.run("\(binary) gallery")
///     #expect(tmux.waitForText("组件库"))
///     tmux.sendKeys("q")
///     #expect(tmux.waitForPrompt())
final class TmuxHarness {
    struct PaneState: Equatable {
        var alternateScreen: Bool
        var cursorVisible: Bool
        var mouseReporting: Bool
    }

    enum HarnessError: Error, CustomStringConvertible {
        case tmuxMissing
        case commandFailed(String)

        var description: String {
            switch self {
            case .tmuxMissing: return "tmux is not installed"
            case .commandFailed(let message): return message
            }
        }
    }

    /// What the pane's shell prints as its prompt; `waitForPrompt` looks for it.
    static let prompt = "e2e$ "

    static let tmuxPath: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }()

    static var isAvailable: Bool { tmuxPath != nil }

    let socketName = "xuexi-e2e-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
    let target = "e2e"
    private var closed = false

    /// Starts a shell (bash without rc files) in a `columns`×`rows` window with a UTF-8
    /// locale, `TERM=term` and `environment` on top, and waits for its prompt.
    init(columns: Int, rows: Int, term: String = "xterm-256color", environment: [String: String] = [:]) throws {
        guard TmuxHarness.isAvailable else { throw HarnessError.tmuxMissing }
        var variables = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": ProcessInfo.processInfo.environment["HOME"] ?? "/tmp",
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": term, "PS1": TmuxHarness.prompt,
        ]
        variables.merge(environment) { _, new in new }
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(TmuxHarness.shellQuoted($0.value))" }
            .joined(separator: " ")
        // The server forks from this command and would hold an output pipe open forever.
        try tmux(
            [
                "-f", "/dev/null", "new-session", "-d", "-s", target, "-x", String(columns), "-y", String(rows),
                "env -i \(assignments) bash --norc --noprofile",
            ], capturesOutput: false)
        _ = try? tmux(["set-option", "-t", target, "status", "off"])
        guard waitForPrompt(timeout: 10) else { throw HarnessError.commandFailed("the shell in tmux did not start") }
    }

    deinit { close() }

    /// Stops the private tmux server and everything running in it.
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? tmux(["kill-server"])
    }

    // MARK: - Input

    /// Types `commandLine` at the shell prompt and presses Enter.
    func run(_ commandLine: String) {
        type(commandLine)
        sendKeys("Enter")
    }

    /// Types text literally (Chinese included), as if pasted.
    func type(_ text: String) {
        _ = try? tmux(["send-keys", "-t", target, "-l", text])
    }

    /// Presses keys by tmux name: "Tab", "Escape", "Enter", "Up", "C-c", "q", "?"…
    func sendKeys(_ keys: String...) {
        for key in keys { _ = try? tmux(["send-keys", "-t", target, key]) }
    }

    func resize(columns: Int, rows: Int) {
        _ = try? tmux(["resize-window", "-t", target, "-x", String(columns), "-y", String(rows)])
    }

    /// Runs a tmux command on this harness's server (e.g. `set -g set-clipboard on`,
    /// `show-buffer`) and returns its output, nil when it failed.
    @discardableResult
    func serverCommand(_ arguments: String...) -> String? {
        try? tmux(arguments)
    }

    // MARK: - Output

    /// The screen as text, one string per row (trailing spaces trimmed by tmux).
    func capture() -> [String] {
        let output = (try? tmux(["capture-pane", "-p", "-t", target])) ?? ""
        return output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The screen with colour and attribute escape sequences kept.
    func captureWithEscapes() -> String {
        (try? tmux(["capture-pane", "-p", "-e", "-t", target])) ?? ""
    }

    /// Polls the screen until `condition` holds or `timeout` seconds pass.
    @discardableResult
    func waitUntil(timeout: Double = 15, _ condition: ([String]) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if condition(capture()) { return true }
            Thread.sleep(forTimeInterval: 0.1)
        } while Date() < deadline
        return condition(capture())
    }

    func waitForText(_ text: String, timeout: Double = 15) -> Bool {
        waitUntil(timeout: timeout) { lines in lines.contains { $0.contains(text) } }
    }

    func waitForTextToDisappear(_ text: String, timeout: Double = 15) -> Bool {
        waitUntil(timeout: timeout) { lines in !lines.contains { $0.contains(text) } }
    }

    /// True once the last non-empty line is a bare shell prompt (the program has exited).
    func waitForPrompt(timeout: Double = 15) -> Bool {
        let bare = TmuxHarness.prompt.trimmingCharacters(in: .whitespaces)
        return waitUntil(timeout: timeout) { lines in
            lines.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.trimmingCharacters(in: .whitespaces)
                == bare
        }
    }

    /// Runs `echo` of the last exit status at the prompt and returns it.
    func lastExitStatus() -> Int? {
        let marker = "status-\(UUID().uuidString.prefix(6))="
        run("echo \(marker)$?")
        guard waitUntil(timeout: 10, { lines in lines.contains { $0.hasPrefix(marker) } }) else { return nil }
        return capture().last { $0.hasPrefix(marker) }.flatMap { Int($0.dropFirst(marker.count)) }
    }

    /// Alternate screen, cursor visibility and mouse reporting as tmux tracks them for the pane.
    func paneState() -> PaneState? {
        let format =
            "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_button_flag} #{mouse_standard_flag} #{mouse_sgr_flag}"
        guard let output = try? tmux(["display-message", "-p", "-t", target, format]) else { return nil }
        let flags = output.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) == "1" }
        guard flags.count == 6 else { return nil }
        return PaneState(
            alternateScreen: flags[0], cursorVisible: flags[1], mouseReporting: flags[2] || flags[3] || flags[4])
    }

    /// The terminal is back to normal: main screen, cursor shown, mouse reporting off.
    func terminalIsRestored() -> Bool {
        paneState() == PaneState(alternateScreen: false, cursorVisible: true, mouseReporting: false)
    }

    // MARK: - Processes

    /// The pane's own process: the shell, or the program after `exec`.
    func panePID() -> Int32? {
        guard let output = try? tmux(["list-panes", "-t", target, "-F", "#{pane_pid}"]) else { return nil }
        return Int32(output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The process ids of the shell's children (the program typed at the prompt).
    func childProcessIDs() -> [Int32] {
        guard let output = try? tmux(["list-panes", "-t", target, "-F", "#{pane_pid}"]),
            let shell = Int32(output.trimmingCharacters(in: .whitespacesAndNewlines))
        else { return [] }
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").compactMap { Int32($0) }
    }

    /// Sends `signal` to the program running at the prompt; false when none is running.
    @discardableResult
    func sendSignal(_ signal: Int32) -> Bool {
        let children = childProcessIDs()
        for child in children { kill(child, signal) }
        return !children.isEmpty
    }

    // MARK: - Locating binaries

    /// The built executable `name`: next to the test bundle (`swift test` builds both into
    /// `.build/<triple>/<config>/`), in a parent of it, or in the package's `.build/debug`.
    /// `XUEXI_DASH_BINARY` overrides.
    static func executable(named name: String, filePath: String = #filePath) -> String? {
        if let override = ProcessInfo.processInfo.environment["XUEXI_DASH_BINARY"],
            FileManager.default.isExecutableFile(atPath: override)
        {
            return override
        }
        var candidates: [String] = []
        let testBinary =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var directory = URL(fileURLWithPath: testBinary).deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent(name).path)
            directory.deleteLastPathComponent()
        }
        let packageRoot = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/\(name)").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    // MARK: - Private

    @discardableResult
    private func tmux(_ arguments: [String], capturesOutput: Bool = true) throws -> String {
        guard let tmuxPath = TmuxHarness.tmuxPath else { throw HarnessError.tmuxMissing }
        let result = try TmuxHarness.spawn([tmuxPath, "-L", socketName] + arguments, capturesOutput: capturesOutput)
        guard result.status == 0 else {
            throw HarnessError.commandFailed("tmux \(arguments.joined(separator: " ")) exited with \(result.status)")
        }
        return result.output
    }

    /// posix_spawn and waitpid rather than Foundation's `Process`: `Process` learns that a
    /// child ended when a socket it shares with the child closes, and the tmux server,
    /// forked from the first tmux command, keeps that socket open, so `waitUntilExit`
    /// would never return.
    private static func spawn(_ arguments: [String], capturesOutput: Bool) throws -> (status: Int32, output: String) {
        var pipeEnds: [Int32] = [-1, -1]
        if capturesOutput {
            guard pipe(&pipeEnds) == 0 else { throw HarnessError.commandFailed("pipe failed") }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capturesOutput {
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // The test runner's worker threads block signals, and a spawned process inherits the
        // mask: unblock everything and restore default actions, or the program under test
        // would never see SIGTERM, SIGHUP or Ctrl-C.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        if capturesOutput { closeDescriptor(pipeEnds[1]) }
        guard spawned == 0 else {
            if capturesOutput { closeDescriptor(pipeEnds[0]) }
            throw HarnessError.commandFailed("cannot start \(arguments[0]): error \(spawned)")
        }
        var output = Data()
        if capturesOutput {
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(pipeEnds[0], &chunk, chunk.count)
                if count > 0 {
                    output.append(contentsOf: chunk[0..<count])
                } else if count == 0 || errno != EINTR {
                    break
                }
            }
            closeDescriptor(pipeEnds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED/WEXITSTATUS are macros; a normal exit has the low seven bits clear.
        let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitCode, String(decoding: output, as: UTF8.self))
    }

    /// `close(2)`; the instance method `close()` hides the C function by name.
    private static func closeDescriptor(_ descriptor: Int32) {
        #if canImport(Glibc)
            _ = Glibc.close(descriptor)
        #else
            _ = Darwin.close(descriptor)
        #endif
    }
}
