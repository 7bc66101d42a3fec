#include <ownck.h>
#include <stdlib.h>

/* A backward goto re-runs a release without a new allocation. */

int retry(void);

void release_and_retry(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    p[0] = 'x';
again:
    free(p);                            // expect: double-free
    if (retry())
        goto again;
}

void forward_goto_skips_reassign(int c)
{
    char *p = malloc(8);
    if (!p)
        return;
    free(p);
    if (c)
        goto use;
    p = malloc(8);
    if (!p)
        return;
use:
    p[0] = 'y';                         // expect: use-after-free
    if (!c)
        free(p);
}
