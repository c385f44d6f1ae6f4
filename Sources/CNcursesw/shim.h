#ifndef CLIENTELE_CNCURSESW_SHIM_H
#define CLIENTELE_CNCURSESW_SHIM_H
/* The wide-character curses API, with accessors for what Swift 6 cannot use directly:
   mutable globals (stdscr, LINES, COLS, COLORS, COLOR_PAIRS) and function-like macros. */
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <ncursesw/curses.h>

static inline WINDOW *clientele_stdscr(void) { return stdscr; }
static inline int clientele_lines(void) { return LINES; }
static inline int clientele_cols(void) { return COLS; }
static inline int clientele_colors(void) { return COLORS; }
static inline int clientele_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t clientele_a_bold(void) { return A_BOLD; }
static inline attr_t clientele_a_underline(void) { return A_UNDERLINE; }
static inline attr_t clientele_a_reverse(void) { return A_REVERSE; }
static inline attr_t clientele_a_dim(void) { return A_DIM; }
static inline attr_t clientele_a_italic(void) { return A_ITALIC; }

static inline int clientele_key_code_yes(void) { return KEY_CODE_YES; }

/* Mouse: presses, releases and the wheel (buttons 4 and 5). */
static inline mmask_t clientele_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int clientele_mouse_kind(mmask_t state) {
    if (state & BUTTON4_PRESSED) return 2;                       /* wheel up */
    if (state & BUTTON5_PRESSED) return 3;                       /* wheel down */
    if (state & BUTTON1_RELEASED) return 1;
    if (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 0;
    return -1;
}

/* The C library's column count of one wide character, as curses measures it (glibc declares it
   only under _XOPEN_SOURCE, which would hide other names this header needs). */
extern int wcwidth(wchar_t c);
static inline int clientele_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

/* Draws one cell: up to 5 wide characters (a grapheme, or its fallback: CursesCellWriter) with attributes and a colour pair. */
static inline int clientele_put_cell(int y, int x, const wchar_t *text, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, (short)pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}
#endif
