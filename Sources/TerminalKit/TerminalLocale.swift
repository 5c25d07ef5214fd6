import CNcurses

/// Sets the C locale so ncurses reads and writes UTF-8 (wide characters, Chinese input).
enum TerminalLocale {
    /// Takes the locale from the environment. When none is set (common in containers and
    /// cron) or the one asked for is a UTF-8 locale that is not installed, falls back to
    /// C.UTF-8, because the terminal speaks UTF-8 either way. Returns whether the locale is
    /// UTF-8: if not, widgets draw with ASCII glyphs.
    /// Without a UTF-8 locale (`LANG=C`, a minimal container) ncursesw drops every Chinese
    /// character, so the session switches the character type to a UTF-8 locale that exists
    /// (the terminal speaks UTF-8 either way), and refuses with the fix when none does.
    static func configure(environment: [String: String]) throws(TerminalError) -> Bool {
        setlocale(LC_ALL, "")
        if xuexi_locale_is_utf8() != 0 { return true }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "zh_CN.UTF-8"] {
            if setlocale(LC_CTYPE, candidate) != nil, xuexi_locale_is_utf8() != 0 { return true }
        }
        // The first non-empty of these is the one the C library honours.
        let requested = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        throw TerminalError.noUTF8Locale(requested ?? "")
    }
}
