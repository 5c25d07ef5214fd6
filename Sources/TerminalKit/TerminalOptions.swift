/// How a `TerminalSession` sets the terminal up.
public struct TerminalOptions: Sendable {
    /// `--colors`; nil lets NO_COLOR, COLORTERM, TERM and terminfo decide.
    public var colorMode: ColorMode?
    /// Mouse reporting at start (`--no-mouse` turns it off; `M` toggles it at run time).
    public var mouseEnabled: Bool
    /// How long a lone Esc waits for the rest of an escape sequence. ncurses' default of one
    /// second makes Esc feel broken; 25 ms is enough even over SSH.
    public var escapeDelayMilliseconds: Int
    /// Resize events closer together than this are merged into one redraw.
    public var resizeSettleMilliseconds: Int
    public var environment: [String: String]

    public init(
        colorMode: ColorMode? = nil, mouseEnabled: Bool = true, escapeDelayMilliseconds: Int = 25,
        resizeSettleMilliseconds: Int = 60, environment: [String: String]
    ) {
        self.colorMode = colorMode
        self.mouseEnabled = mouseEnabled
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
        self.resizeSettleMilliseconds = resizeSettleMilliseconds
        self.environment = environment
    }
}
