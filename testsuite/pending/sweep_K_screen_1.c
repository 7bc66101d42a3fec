/* screen 4.9.0 resize.c:1044 (ChangeWindowSize, nomem: label)
 * ownck prints today:
 *   screen_1.c:32:3: warning: double free of 'nhlines' [double-free]
 *   screen_1.c:31:3: note: 'nmlines' first released here by 'free'
 * False: nmlines and nhlines are two distinct calloc() blocks. A cursor
 * pointer 'mlt = NEWWIN(ty)', i.e. `ty < hi ? &nhlines[ty] : &nmlines[ty-hi]`,
 * may point into either one; after that ownck treats the two blocks as one
 * (--explain-states shows nhlines "released (free at 31)" right after
 * free(nmlines)), so the second, legitimate free is a "double free".
 * Smaller shapes that give the same warning: `p = c ? &a[1] : &b[1]; *p = 0;
 * free(a); free(b);` (no loop), or `p = c ? a : b` inside a loop. (Plain
 * `p = c ? a : b` outside a loop is fine.) */
#include <stdlib.h>
struct mline { char *image; };
extern void FreeMline(struct mline *);

int resize(int he, int hi)
{
  struct mline *mlt, *nmlines, *nhlines;
  int ty;
  if ((nmlines = calloc(he, sizeof *nmlines)) == 0)
    return -1;
  if ((nhlines = calloc(hi, sizeof *nhlines)) == 0) {
    free(nmlines);
    return -1;
  }
  for (ty = he + hi - 1; ty >= 0; ty--) {
    mlt = ty < hi ? &nhlines[ty] : &nmlines[ty - hi];
    FreeMline(mlt);
  }
  free(nmlines);
  free(nhlines);              /* <- "double free" */
  return -1;
}

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as screen_1.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
