/// Why a terminal session could not start.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, run from cron).
    case notATerminal
    /// ncurses does not know the terminal type (TERM).
    case unknownTerminal(String)
    /// Another session already holds the terminal.
    case alreadyStarted
    /// No UTF-8 locale is installed and the environment asks for another one (the value).
    case noUTF8Locale(String)
    /// The terminal cannot move the cursor (TERM=dumb, an editor's shell buffer).
    case noCursorAddressing(String)

    public var description: String {
        switch self {
        case .notATerminal: return "standard input and output must be a terminal"
        case .unknownTerminal(let name): return "unknown terminal type '\(name)' (check TERM)"
        case .alreadyStarted: return "a terminal session is already running"
        case .noUTF8Locale(let locale):
            return "the locale '\(locale)' is not UTF-8 and no UTF-8 locale is installed: "
                + "install one (e.g. apt-get install locales; locale-gen zh_CN.UTF-8) and run with LANG=zh_CN.UTF-8"
        case .noCursorAddressing(let name):
            return "the terminal type '\(name)' cannot move the cursor, so the dashboard cannot draw; "
                + "use a full terminal (TERM=xterm-256color) or print a screen with `xuexi-dash snapshot`"
        }
    }
}
