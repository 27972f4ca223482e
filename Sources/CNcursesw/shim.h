// The C side of the ncursesw backend: SwiftPM drops pkg-config's -D flags, so the wide-character API is
// switched on here, and the macros Swift cannot import (attributes, COLOR_PAIR, LINES/COLS, stdscr) are
// exposed as tiny inline functions. Only Sources/DijipilotTUI/Backend uses this module.
#ifndef DIJIPILOT_NCURSES_SHIM_H
#define DIJIPILOT_NCURSES_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *dj_stdscr(void) { return stdscr; }
static inline int dj_lines(void) { return LINES; }
static inline int dj_cols(void) { return COLS; }

static inline unsigned int dj_attr_bold(void) { return (unsigned int)A_BOLD; }
static inline unsigned int dj_attr_dim(void) { return (unsigned int)A_DIM; }
static inline unsigned int dj_attr_reverse(void) { return (unsigned int)A_REVERSE; }
static inline unsigned int dj_attr_underline(void) { return (unsigned int)A_UNDERLINE; }
static inline unsigned int dj_attr_normal(void) { return (unsigned int)A_NORMAL; }

static inline int dj_key_resize(void) { return KEY_RESIZE; }
static inline int dj_key_mouse(void) { return KEY_MOUSE; }
static inline int dj_ok(void) { return OK; }
static inline int dj_err(void) { return ERR; }
static inline int dj_key_code_yes(void) { return KEY_CODE_YES; }

/// Writes one cell: up to CCHARW_MAX wide characters (a base character and its combining marks).
static inline int dj_put_cell(int y, int x, const wchar_t *text, unsigned int attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, (attr_t)attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

/// Reads one key: returns OK (a character in *code), KEY_CODE_YES (a function key) or ERR (no key in time).
static inline int dj_get_key(int *code) {
    wint_t ch = 0;
    int result = wget_wch(stdscr, &ch);
    *code = (int)ch;
    return result;
}

/// Reports all mouse button events; returns the mask actually granted.
static inline unsigned long dj_enable_mouse(void) {
    mmask_t old = 0;
    return (unsigned long)mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
        | BUTTON5_PRESSED
#endif
        , &old);
}

/// The last mouse event: position and a kind (1 click, 4 wheel up, 5 wheel down, 0 other).
static inline int dj_read_mouse(int *y, int *x, int *kind) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *y = event.y; *x = event.x; *kind = 0;
    if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED)) *kind = 1;
    if (event.bstate & BUTTON4_PRESSED) *kind = 4;
#ifdef BUTTON5_PRESSED
    if (event.bstate & BUTTON5_PRESSED) *kind = 5;
#endif
    return OK;
}

static inline const char *dj_codeset(void) { return nl_langinfo(CODESET); }

#endif
