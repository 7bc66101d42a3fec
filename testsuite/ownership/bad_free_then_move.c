#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* 7.6: moving (not releasing) a value that was released is a use: use-after-free.
 * consume is only declared, so passing to it is a move, not a release (7.31). */

void consume(OWNED char *s);

void release_then_give(void)
{
    char *p = strdup("x");
    if (!p)
        return;
    free(p);
    consume(p);                         // expect: use-after-free
}

void owned_release_then_give(void)
{
    OWNED char *p = strdup("x");
    if (!p)
        return;
    free(p);
    consume(p);                         // expect: use-after-free
}
