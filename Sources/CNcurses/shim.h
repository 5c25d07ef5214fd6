#ifndef XUEXI_CNCURSES_SHIM_H
#define XUEXI_CNCURSES_SHIM_H
// pkg-config's -D_XOPEN_SOURCE is dropped by SwiftPM, so the wide API must be enabled here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
#endif
