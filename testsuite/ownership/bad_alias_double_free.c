#include <ownck.h>
#include <stdlib.h>

/* Releasing one allocation through two names. */

void release_both_names(void)
{
    char *buf = malloc(64);
    if (!buf)
        return;
    char *cur = buf;
    cur[0] = '\0';
    free(cur);
    free(buf);                          // expect: double-free
}

void alias_by_assignment(void)
{
    char *p = malloc(8);
    char *q = NULL;
    if (!p)
        return;
    q = p;
    free(q);
    free(p);                            // expect: double-free
}
