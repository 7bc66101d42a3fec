#include <stdlib.h>

/* A pointer into one of two blocks allocated here, chosen per path (screen's
 * resize.c: mlt = ty < hi ? &nhlines[ty] : &nmlines[ty - hi]), is neither
 * block: the two stay two, and freeing each once frees nothing twice. */

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
    free(nhlines);
    return 0;
}

void pick(int c)
{
    char *a = malloc(8), *b = malloc(8);
    if (!a || !b) {
        free(a);
        free(b);
        return;
    }
    char *p = c ? &a[1] : &b[1];
    *p = 0;
    free(a);
    free(b);
}
