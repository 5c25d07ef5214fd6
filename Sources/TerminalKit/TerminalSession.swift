import CNcurses
import Widgets

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The terminal while the app owns it: full-screen mode, colours, input and frames.
///
///     try TerminalSession.withTerminal(options: options) { terminal in
///         while true {
///             terminal.present(frame(for: terminal.size))
///             guard let event = terminal.nextEvent(timeoutMilliseconds: 1000) else { continue }
///             ...
///         }
///     }
///
/// Only one session can run at a time (ncurses has one screen). The terminal is restored by
/// `stop()`, at exit, on SIGINT/SIGTERM/SIGHUP and on crash signals (see `TerminalRestore`).
public final class TerminalSession {
    public let options: TerminalOptions
    public private(set) var size = TerminalSize(columns: 0, rows: 0)
    /// The colours frames are drawn in (after NO_COLOR, `--colors` and terminfo).
    public private(set) var colorDepth: ColorDepth = .monochrome
    /// False when the locale is not UTF-8: draw with `Glyphs.ascii`.
    public private(set) var supportsUnicode = true
    public private(set) var isMouseEnabled = false
    /// The terminal type ncurses was started with (may be an upgraded `-256color` entry).
    public private(set) var terminalType = ""
    public private(set) var isRunning = false

    private var renderer: TerminalRenderer<NcursesOutput>?
    private var pendingEvents: [InputEvent] = []
    /// Input waits that ended at once with no input while the input side reported a hangup.
    private var deadInputWaits = 0

    public init(options: TerminalOptions) {
        self.options = options
    }

    deinit {
        stop()
    }

    /// Runs `body` with a started session and restores the terminal however `body` ends.
    public static func withTerminal<Result>(options: TerminalOptions, _ body: (TerminalSession) throws -> Result) throws
        -> Result
    {
        let session = TerminalSession(options: options)
        try session.start()
        defer { session.stop() }
        return try body(session)
    }

    /// The glyph set the terminal can show.
    public var glyphs: Glyphs { supportsUnicode ? .unicode : .ascii }

    // MARK: - Start and stop

    public func start() throws(TerminalError) {
        guard !isRunning else { return }
        guard !TerminalRestore.terminalIsHeld else { throw TerminalError.alreadyStarted }
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { throw TerminalError.notATerminal }
        supportsUnicode = try TerminalLocale.configure(environment: options.environment)

        let requested = ColorCapability.requestedDepth(environment: options.environment, override: options.colorMode)
        var type = options.environment["TERM"] ?? ""
        if type.isEmpty { type = "dumb" }
        if let upgraded = ColorCapability.upgradedTerminalType(for: type, requested: requested),
            xuexi_terminfo_colors(type) < 256, xuexi_terminfo_colors(upgraded) >= 256
        {
            type = upgraded
        }
        guard type != "dumb", xuexi_terminfo_can_address(type) != 0 else {
            throw TerminalError.noCursorAddressing(type)
        }
        // Handlers go in before newterm: ncurses installs its own SIGINT/SIGTERM handlers
        // (which exit with status 1) only where it finds the default action.
        TerminalRestore.arm()
        guard xuexi_newterm(type) != nil else {
            TerminalRestore.disarm()
            throw TerminalError.unknownTerminal(type)
        }
        terminalType = type
        isRunning = true

        cbreak()
        noecho()
        nonl()
        let window = xuexi_stdscr()
        keypad(window, true)
        // Home and End as tmux and screen send them when TERM claims xterm (whose terminfo
        // says \eOH / \eOF): without these they arrive as loose escape sequences.
        for (sequence, key) in [
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END),
            ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
        ] where key_defined(sequence) <= 0 {
            define_key(sequence, key)
        }
        intrflush(window, false)
        curs_set(0)
        set_escdelay(Int32(options.escapeDelayMilliseconds))
        // Press events arrive at once instead of waiting to tell clicks from double clicks.
        mouseinterval(0)

        var hasDefaultColors = false
        var depth = ColorCapability.renderDepth(requested: requested, terminfoColors: Int(has_colors() ? 8 : 0))
        if depth != .monochrome, has_colors() {
            start_color()
            hasDefaultColors = use_default_colors() == OK
            depth = ColorCapability.renderDepth(requested: requested, terminfoColors: Int(xuexi_colors()))
        }
        colorDepth = depth
        renderer = TerminalRenderer(output: NcursesOutput(), depth: depth, hasDefaultColors: hasDefaultColors)
        setMouse(enabled: options.mouseEnabled)
        refreshSize()
    }

    /// Gives the terminal back (normal screen, cursor, mouse off). Idempotent.
    public func stop() {
        guard isRunning else { return }
        isRunning = false
        if isMouseEnabled {
            mousemask(0, nil)
            isMouseEnabled = false
        }
        renderer = nil
        TerminalRestore.restoreIfActive()
    }

    // MARK: - Output

    /// Draws `buffer`, writing only the cells that changed since the last frame. A buffer
    /// of another size than the terminal is drawn from the top-left corner, clipped.
    /// `cursor` parks the (hidden) terminal cursor at a text field, so an input method
    /// opens its candidate window there rather than at the last cell written.
    public func present(_ buffer: ScreenBuffer, cursor: (x: Int, y: Int)? = nil) {
        guard isRunning else { return }
        renderer?.present(buffer, cursor: cursor)
    }

    /// Makes the next `present` repaint everything (e.g. after another program wrote on screen).
    public func forceFullRedraw() {
        renderer?.invalidate()
    }

    // MARK: - Mouse

    /// Turns mouse reporting on or off. Off lets the terminal select and copy text normally
    /// (with reporting on, most terminals still copy with Shift+drag).
    public func setMouse(enabled: Bool) {
        guard isRunning else { return }
        if enabled {
            var previous: mmask_t = 0
            isMouseEnabled = mousemask(MouseDecoder.reportedEvents, &previous) != 0
        } else {
            mousemask(0, nil)
            isMouseEnabled = false
        }
    }

    // MARK: - Input

    /// Waits up to `timeoutMilliseconds` (nil: forever) for the next event and returns it,
    /// or nil when the time ran out. The wait sleeps in the kernel: an idle app uses no CPU.
    /// `.hangUp` means the terminal is gone: the caller should stop and exit.
    public func nextEvent(timeoutMilliseconds: Int?) -> InputEvent? {
        guard isRunning else { return nil }
        if !pendingEvents.isEmpty { return pendingEvents.removeFirst() }
        let window = xuexi_stdscr()
        var remaining = timeoutMilliseconds
        while true {
            let started = MonotonicTimestamp.now()
            wtimeout(window, Int32(clamping: remaining ?? -1))
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == ERR {
                return inputHungUp(requested: remaining, elapsed: started.elapsedMilliseconds()) ? .hangUp : nil
            }
            deadInputWaits = 0
            if let event = decode(status: status, value: UInt32(value)) { return event }
            // An unmapped key: keep waiting for the rest of the time.
            if let left = remaining {
                remaining = max(0, left - started.elapsedMilliseconds())
                if remaining == 0 { return nil }
            }
        }
    }

    /// A terminal that went away (tmux pane killed, SSH dropped without SIGHUP) makes every
    /// input wait return at once: the program would spin at full CPU forever. Several
    /// immediate empty waits with a hung-up or end-of-file stdin are treated as a hangup.
    /// Not raise(SIGHUP): a parent may have left it blocked or ignored, which is how such
    /// orphans were found spinning; the caller restores the terminal and exits instead.
    private func inputHungUp(requested: Int?, elapsed: Int) -> Bool {
        let early = requested.map { $0 > 20 && elapsed < $0 / 4 } ?? true
        guard early, TerminalSession.inputIsGone() else {
            deadInputWaits = 0
            return false
        }
        deadInputWaits += 1
        return deadInputWaits >= 3
    }

    /// Gives the terminal back and ends the process as a hang-up would (status 129): what
    /// the app does on `.hangUp`.
    public func exitAfterHangUp() -> Never {
        stop()
        exit(128 + SIGHUP)
    }

    /// True when stdin reports hangup or error, or reports input right after a read that
    /// returned nothing, which is how end-of-file looks to poll.
    static func inputIsGone() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0 && descriptor.revents != 0
    }

    /// Same as `nextEvent(timeoutMilliseconds:)` with a `Duration`.
    public func nextEvent(timeout: Duration?) -> InputEvent? {
        nextEvent(
            timeoutMilliseconds: timeout.map {
                Int($0.components.seconds * 1000 + $0.components.attoseconds / 1_000_000_000_000_000)
            })
    }

    private func decode(status: Int32, value: UInt32) -> InputEvent? {
        if status == KEY_CODE_YES {
            switch Int32(bitPattern: value) {
            case KEY_RESIZE: return coalescedResize()
            case KEY_MOUSE:
                var report = MEVENT()
                guard getmouse(&report) == OK else { return nil }
                return MouseDecoder.decode(buttonState: report.bstate, x: Int(report.x), y: Int(report.y)).map(
                    InputEvent.mouse)
            default:
                return KeyDecoder.decode(value, isKeyCode: true).map(InputEvent.key)
            }
        }
        if value == 27 {
            // Esc followed at once by a key is how terminals send Alt+key.
            let window = xuexi_stdscr()
            wtimeout(window, 0)
            var next: wint_t = 0
            let nextStatus = wget_wch(window, &next)
            if nextStatus == OK, let scalar = Unicode.Scalar(UInt32(next)), next >= 0x20, next != 0x7F {
                return .key(.alt(Character(scalar)))
            }
            if nextStatus != ERR, let event = decode(status: nextStatus, value: UInt32(next)) {
                pendingEvents.append(event)
            }
            return .key(.escape)
        }
        return KeyDecoder.decode(value, isKeyCode: false).map(InputEvent.key)
    }

    /// A window drag sends a stream of resizes; wait until they stop (bounded, so the screen
    /// never stays frozen for long) and report the final size once.
    private func coalescedResize() -> InputEvent {
        let window = xuexi_stdscr()
        let deadline = MonotonicTimestamp.now()
        while deadline.elapsedMilliseconds() < 500 {
            wtimeout(window, Int32(options.resizeSettleMilliseconds))
            var value: wint_t = 0
            let status = wget_wch(window, &value)
            if status == ERR { break }
            if status == KEY_CODE_YES, Int32(bitPattern: value) == KEY_RESIZE { continue }
            if let event = decode(status: status, value: UInt32(value)) { pendingEvents.append(event) }
            break
        }
        refreshSize()
        renderer?.invalidate()
        return .resize(columns: size.columns, rows: size.rows)
    }

    private func refreshSize() {
        var rows: Int32 = 0
        var columns: Int32 = 0
        xuexi_getmaxyx(xuexi_stdscr(), &rows, &columns)
        size = TerminalSize(columns: Int(columns), rows: Int(rows))
    }
}
