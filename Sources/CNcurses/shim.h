#ifndef XUEXI_CNCURSES_SHIM_H
#define XUEXI_CNCURSES_SHIM_H
// The one place ncurses is included. Each wrapper below exists because Swift cannot call
// the ncurses original directly (a macro, a C global, or state that must live in C for a
// signal handler); everything else is imported from curses.h as is.

// pkg-config's -D_XOPEN_SOURCE is dropped by SwiftPM, so the wide API must be enabled here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// MARK: - Globals (Swift 6 rejects shared mutable C globals, so read them through functions)

static inline WINDOW *xuexi_stdscr(void) { return stdscr; }
static inline WINDOW *xuexi_curscr(void) { return curscr; }
static inline int xuexi_lines(void) { return LINES; }
static inline int xuexi_cols(void) { return COLS; }
static inline int xuexi_colors(void) { return COLORS; }
static inline int xuexi_color_pairs(void) { return COLOR_PAIRS; }

// getmaxyx is a macro that assigns to its arguments.
static inline void xuexi_getmaxyx(WINDOW *window, int *row_count, int *column_count) {
    int y = 0, x = 0;
    getmaxyx(window, y, x);
    *row_count = y;
    *column_count = x;
}

// MARK: - Attributes (macros with casts do not import)

static inline attr_t xuexi_a_normal(void) { return A_NORMAL; }
static inline attr_t xuexi_a_bold(void) { return A_BOLD; }
static inline attr_t xuexi_a_dim(void) { return A_DIM; }
static inline attr_t xuexi_a_italic(void) { return A_ITALIC; }
static inline attr_t xuexi_a_underline(void) { return A_UNDERLINE; }
static inline attr_t xuexi_a_reverse(void) { return A_REVERSE; }
static inline attr_t xuexi_a_blink(void) { return A_BLINK; }

// MARK: - Keys

static inline int xuexi_key_f(int n) { return KEY_F(n); }

// MARK: - Mouse (the button masks are built by a function-like macro)

static inline mmask_t xuexi_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t xuexi_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t xuexi_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t xuexi_button2_pressed(void) { return BUTTON2_PRESSED; }
static inline mmask_t xuexi_button2_clicked(void) { return BUTTON2_CLICKED; }
static inline mmask_t xuexi_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t xuexi_button3_clicked(void) { return BUTTON3_CLICKED; }
static inline mmask_t xuexi_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t xuexi_button5_pressed(void) { return BUTTON5_PRESSED; }

// MARK: - Locale

// LC_ALL/LC_CTYPE are plain ints, but the codeset check needs nl_langinfo's char*.
static inline int xuexi_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// MARK: - Screens

// stdin/stdout are C globals Swift 6 will not touch; newterm needs them as FILE*.
static inline SCREEN *xuexi_newterm(const char *type) { return newterm(type, stdout, stdin); }

// Number of colours a terminfo entry declares, or -2 when the entry does not exist.
// Runs before newterm so the session can pick e.g. screen-256color over screen.
static inline int xuexi_terminfo_colors(const char *type) {
    int status = 0;
    if (setupterm(type, STDOUT_FILENO, &status) != OK) return -2;
    int colors = tigetnum("colors");
    TERMINAL *probe = set_curterm(NULL);
    if (probe != NULL) del_curterm(probe);
    return colors;
}

// MARK: - Restore on every exit path
// The handler must be a C function: it runs on a signal, where Swift code is not safe.
// Only TerminalKit's TerminalRestore.swift calls these, so there is one copy of the state.

// Mouse reporting off (X10, button, any-motion, SGR, urxvt) and cursor visible again;
// endwin resets the rest, but a terminal left in mouse mode is the classic garbled shell.
static inline void xuexi_write_mouse_off(void) {
    static const char sequence[] = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?1015l\033[?25h";
    ssize_t ignored = write(STDOUT_FILENO, sequence, sizeof sequence - 1);
    (void)ignored;
}

// Swift emits the shim's inline functions but not file-scope statics, so the state lives
// in function-local statics behind accessors.
static inline struct sigaction *xuexi_previous_actions(void) {
    static struct sigaction actions[NSIG];
    return actions;
}

static inline volatile sig_atomic_t *xuexi_handlers_installed(void) {
    static volatile sig_atomic_t installed = 0;
    return &installed;
}

static inline const int *xuexi_restored_signals(int *count) {
    static const int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP };
    *count = (int)(sizeof signals / sizeof signals[0]);
    return signals;
}

static inline void xuexi_signal_restore_handler(int signal_number, siginfo_t *info, void *context) {
    (void)context;
    xuexi_write_mouse_off();
    endwin();
    int is_crash = signal_number == SIGSEGV || signal_number == SIGBUS || signal_number == SIGILL
        || signal_number == SIGFPE || signal_number == SIGTRAP || signal_number == SIGABRT;
    if (is_crash && info != NULL && info->si_code > 0) {
        // A real fault: returning re-runs the faulting instruction, which faults again into
        // the previous handler (Swift's crash report, or the default core dump).
        sigaction(signal_number, &xuexi_previous_actions()[signal_number], NULL);
        return;
    }
    if (is_crash) {
        // A crash signal sent with kill: nothing will fault again, so end as the default would.
        signal(signal_number, SIG_DFL);
    } else {
        // SIGINT/SIGTERM/SIGHUP/SIGQUIT: hand over to whoever had it before (normally the
        // default action), so the exit status is what the shell expects (130, 143, 129).
        sigaction(signal_number, &xuexi_previous_actions()[signal_number], NULL);
    }
    raise(signal_number);
}

static inline void xuexi_install_restore_handlers(void) {
    if (*xuexi_handlers_installed()) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = xuexi_signal_restore_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO;
    int count = 0;
    const int *signals = xuexi_restored_signals(&count);
    for (int i = 0; i < count; i++) {
        sigaction(signals[i], &action, &xuexi_previous_actions()[signals[i]]);
    }
    *xuexi_handlers_installed() = 1;
}

static inline void xuexi_remove_restore_handlers(void) {
    if (!*xuexi_handlers_installed()) return;
    int count = 0;
    const int *signals = xuexi_restored_signals(&count);
    for (int i = 0; i < count; i++) {
        sigaction(signals[i], &xuexi_previous_actions()[signals[i]], NULL);
    }
    *xuexi_handlers_installed() = 0;
}

#endif
