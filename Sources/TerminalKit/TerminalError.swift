/// Why a terminal session could not start.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, run from cron).
    case notATerminal
    /// ncurses does not know the terminal type (TERM).
    case unknownTerminal(String)
    /// Another session already holds the terminal.
    case alreadyStarted

    public var description: String {
        switch self {
        case .notATerminal: return "standard input and output must be a terminal"
        case .unknownTerminal(let name): return "unknown terminal type '\(name)' (check TERM)"
        case .alreadyStarted: return "a terminal session is already running"
        }
    }
}
