#include <ownck.h>
#include <stdlib.h>

/* 7.8: an unannotated local initialized from a tracked value is an alias. */

void alias_write(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    char *q = p;
    free(p);                            // expect-note: released here
    q[0] = 'x';                         // expect: use-after-free
}

void release_alias_then_use_original(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    char *cursor = p;
    cursor[0] = 'a';
    free(cursor);
    p[0] = 'b';                         // expect: use-after-free
}
