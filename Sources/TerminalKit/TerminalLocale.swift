import CNcurses

/// Sets the C locale so ncurses reads and writes UTF-8 (wide characters, Chinese input).
enum TerminalLocale {
    /// Takes the locale from the environment. When none is set (common in containers and
    /// cron) or the one asked for is a UTF-8 locale that is not installed, falls back to
    /// C.UTF-8, because the terminal speaks UTF-8 either way. Returns whether the locale is
    /// UTF-8: if not, widgets draw with ASCII glyphs.
    static func configure(environment: [String: String]) -> Bool {
        setlocale(LC_ALL, "")
        if xuexi_locale_is_utf8() != 0 { return true }
        // The first non-empty of these is the one the C library honours.
        let requested = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        let asksForUTF8 =
            requested.map { $0.lowercased().contains("utf-8") || $0.lowercased().contains("utf8") } ?? true
        if asksForUTF8 {
            if setlocale(LC_CTYPE, "C.UTF-8") != nil, xuexi_locale_is_utf8() != 0 { return true }
        }
        return false
    }
}
