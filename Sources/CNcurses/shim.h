#ifndef XUEXI_CNCURSES_SHIM_H
#define XUEXI_CNCURSES_SHIM_H
// The one place ncurses is included. Each wrapper below exists because Swift cannot call
// the ncurses original directly (a macro or a C global); everything else is imported from
// curses.h as is.

// pkg-config's -D_XOPEN_SOURCE is dropped by SwiftPM, so the wide API must be enabled here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <langinfo.h>
#include <locale.h>
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

// Whether a terminfo entry can move the cursor (cup): 1 yes, 0 no (dumb), -1 unknown entry.
static inline int xuexi_terminfo_can_address(const char *type) {
    int status = 0;
    if (setupterm(type, STDOUT_FILENO, &status) != OK) return -1;
    const char *cup = tigetstr("cup");
    int can = cup != NULL && cup != (char *)-1;
    TERMINAL *probe = set_curterm(NULL);
    if (probe != NULL) del_curterm(probe);
    return can;
}

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

// The signal handlers that restore the terminal live in the CTerminalSignals target (a real
// C file, so there is one copy of their state).

#endif
