#ifndef XUEXI_CTERMINALSIGNALS_H
#define XUEXI_CTERMINALSIGNALS_H
// Puts the terminal back when a signal ends the program. The handler must be C (Swift code
// is not safe on a signal), and its state lives in signals.c, so every includer shares one
// copy of it.

// Mouse reporting off (X10, button, any-motion, SGR, urxvt) and the cursor visible again.
void xuexi_write_mouse_off(void);

// Installs the handlers for SIGINT/SIGTERM/SIGHUP/SIGQUIT and the crash signals; each
// writes the mouse-off sequence, calls `restore_terminal` (ncurses' endwin) and hands the
// signal on. Installing twice does nothing.
void xuexi_install_restore_handlers(int (*restore_terminal)(void));

// Puts back the handlers that were there before; removing twice does nothing.
void xuexi_remove_restore_handlers(void);

#endif
