import CNcurses

/// Puts the terminal back on every way out: `stop()`, a thrown error (`withTerminal`),
/// `exit()` (atexit), SIGINT/SIGTERM/SIGHUP/SIGQUIT and crash signals (a C handler in
/// the shim that turns mouse reporting off, calls `endwin` and hands the signal on).
/// This is the only file that touches the shim's signal state, so there is one copy of it.
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
        xuexi_install_restore_handlers()
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
