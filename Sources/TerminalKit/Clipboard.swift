import Foundation

/// Copying text to the clipboard of the terminal the user sits at, with OSC 52: the
/// terminal (not this machine) sets its clipboard, so it works over SSH. Inside tmux the
/// sequence reaches tmux, which passes it on only with `set-clipboard on`.
public enum Clipboard {
    /// `ESC ] 52 ; c ; <base64 of the UTF-8 text> BEL`: "c" is the clipboard selection.
    public static func osc52Sequence(for text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + base64(Array(text.utf8)) + [0x07]
    }

    /// Standard base64 (RFC 4648, with padding), as OSC 52 expects.
    public static func base64(_ bytes: [UInt8]) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            let b0 = UInt32(bytes[index])
            let b1 = count > 1 ? UInt32(bytes[index + 1]) : 0
            let b2 = count > 2 ? UInt32(bytes[index + 2]) : 0
            let group = b0 << 16 | b1 << 8 | b2
            output.append(alphabet[Int(group >> 18 & 63)])
            output.append(alphabet[Int(group >> 12 & 63)])
            output.append(count > 1 ? alphabet[Int(group >> 6 & 63)] : UInt8(ascii: "="))
            output.append(count > 2 ? alphabet[Int(group & 63)] : UInt8(ascii: "="))
            index += 3
        }
        return output
    }

    /// tmux's `set-clipboard` option.
    public enum TmuxSetting: String, Sendable {
        /// Applications' OSC 52 is accepted and passed on to the outer terminal.
        case on
        /// tmux sets the outer clipboard for its own copies but ignores applications' OSC 52.
        case external
        /// No OSC 52 at all.
        case off

        /// Whether a copy from this app reaches the user's clipboard.
        public var passesApplicationCopies: Bool { self == .on }
    }

    /// tmux's `set-clipboard` when running inside tmux (`$TMUX` set), else nil. `run` gets
    /// the tmux arguments and returns its standard output (nil when it could not run);
    /// nil is also returned when tmux answers something unexpected.
    public static func tmuxSetting(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        run: ([String]) -> String? = runTmux
    ) -> TmuxSetting? {
        guard let tmux = environment["TMUX"], !tmux.isEmpty else { return nil }
        guard let output = run(["show", "-gv", "set-clipboard"]) else { return nil }
        return TmuxSetting(rawValue: output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Runs `tmux` from the PATH with `arguments` and returns its output, nil on failure.
    /// For queries only: a command that starts a tmux server would keep the pipe open.
    public static func runTmux(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

extension TerminalSession {
    /// Sends `text` to the terminal's clipboard (OSC 52) between frames. True when the
    /// bytes were written; whether the terminal honours them cannot be known (see
    /// `Clipboard.tmuxSetting` for tmux).
    @discardableResult
    public func copyToClipboard(_ text: String) -> Bool {
        guard isRunning else { return false }
        // ncurses has flushed its frame to stdout by now (doupdate); this goes after it.
        fflush(nil)
        return Self.writeAll(Clipboard.osc52Sequence(for: text), to: STDOUT_FILENO)
    }

    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}
