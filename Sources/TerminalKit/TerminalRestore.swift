import CNcurses
import CTerminalSignals

/// Puts the terminal back on every way out: `stop()`, a thrown error (`withTerminal`),
/// `exit()` (atexit), SIGINT/SIGTERM/SIGHUP/SIGQUIT and crash signals (a C handler in
/// CTerminalSignals that turns mouse reporting off, calls `endwin` and hands the signal on).
enum TerminalRestore {
    nonisolated(unsafe) private static var isActive = false
    nonisolated(unsafe) private static var atexitRegistered = false

    /// Call just before ncurses takes the terminal.
    static func arm() {
        isActive = true
        if !atexitRegistered {
            atexitRegistered = true
            atexit { TerminalRestore.restoreIfActive() }
        }
        xuexi_install_restore_handlers(endwin)
    }

    /// Undoes `arm()` when the terminal could not be taken after all.
    static func disarm() {
        isActive = false
        xuexi_remove_restore_handlers()
    }

    /// Puts the terminal back if a session holds it; safe to call any number of times.
    static func restoreIfActive() {
        guard isActive else { return }
        isActive = false
        xuexi_remove_restore_handlers()
        xuexi_write_mouse_off()
        endwin()
    }

    static var terminalIsHeld: Bool { isActive }
}
