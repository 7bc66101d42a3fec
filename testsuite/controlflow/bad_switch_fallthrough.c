#include <ownck.h>
#include <stdlib.h>

/* A missing break: case 0 falls into case 1's release. */

void dispose(int kind)
{
    char *p = malloc(8);
    if (!p)
        return;
    switch (kind) {
    case 0:
        free(p);                        // expect-note: released here
        /* fall through (missing break) */
    case 1:
        free(p);                        // expect: double-free
        break;
    default:
        free(p);
        break;
    }
}
