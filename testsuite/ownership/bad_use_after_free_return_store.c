#include <ownck.h>
#include <stdlib.h>

/* Returning or storing a released pointer is a use (7.11). */

char *g_last;

OWNED char *make_freed(void)
{
    OWNED char *p = malloc(4);
    if (!p)
        return NULL;
    free(p);
    return p;                           // expect: use-after-free
}

void store_freed(void)
{
    char *p = malloc(4);
    if (!p)
        return;
    free(p);
    g_last = p;                         // expect: use-after-free
}
