#include <ownck.h>
#include <stdlib.h>

/* switch with fallthrough into a single release, and without a default. */

void staged(int level)
{
    char *p = malloc(8);
    if (!p)
        return;
    switch (level) {
    case 2:
        p[1] = 'b';
        /* fall through */
    case 1:
        p[0] = 'a';
        /* fall through */
    case 0:
        free(p);
        break;
    default:
        free(p);
        break;
    }
}

void no_default_release_after(int kind)
{
    char *p = malloc(8);
    if (!p)
        return;
    switch (kind) {
    case 0:
        p[0] = '0';
        break;
    case 1:
        p[0] = '1';
        break;
    }
    free(p);
}
