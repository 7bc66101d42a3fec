/* procps 4.0.2 library/readproc.c:818 (split_buffer / file2strvec)
 * ownck prints today:
 *   procps_3.c:24:5: warning: 'rbuf = realloc(rbuf, ...)' loses the old block when realloc fails [realloc-leak]
 *   procps_3.c:24:12: note: on failure 'realloc' returns NULL and leaves the old block allocated
 *   procps_3.c:25:16: warning: leak of 'p' when 'rbuf' is NULL [leak]
 *   procps_3.c:18:31: note: allocated here by 'malloc' into 'rbuf', then held by 'p'
 *   procps_3.c:25:10: note: the leaking path: 'rbuf' is NULL
 * Duplicate, misattributed report (the leak itself is real): the realloc-leak
 * on `rbuf = realloc(rbuf, ...)` (readproc.c:817) is reported, and then the
 * same lost block is reported again as "leak of 'p'". 'p' is only a scan
 * cursor that ends at rbuf + tot (one past the data, after the loop) - it
 * never owned the block, and freeing it would be wrong. One finding, on the
 * realloc line, is what the developer can act on. */
#include <stdlib.h>

char **split(int tot)
{
    char *p, *endbuf, *rbuf = malloc(tot);
    int c = 0;
    if (!rbuf) return NULL;
    endbuf = rbuf + tot;
    for (p = rbuf; p < endbuf; p++)
        if (!*p) c++;
    rbuf = realloc(rbuf, tot + c);
    if (!rbuf) return NULL;
    return (char **)rbuf;
}

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as procps_3.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
