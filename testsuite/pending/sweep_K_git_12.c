/* git 2.39.5 diff-delta.c:478 (create_delta)
 * ownck prints today:
 *   git_12.c:15:5: warning: 'out = realloc(out, ...)' loses the old block when realloc fails [realloc-leak]
 *   git_12.c:15:11: note: on failure 'realloc' returns NULL and leaves the old block allocated
 * False: the old block is saved in 'tmp' before `out = realloc(out, n)`,
 * and freed through 'tmp' when realloc fails - the canonical fix for the
 * realloc-leak pattern. The rule looks only at the `p = realloc(p, ...)`
 * shape and ignores that another variable still holds the old block. */
#include <stdlib.h>

char *grow(char *out, size_t *outsize)
{
    void *tmp = out;
    *outsize = *outsize * 3 / 2;
    out = realloc(out, *outsize);
    if (!out) {
        free(tmp);
        return NULL;
    }
    return out;
}

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as git_12.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
