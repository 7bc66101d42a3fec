#include <stdlib.h>

/* ~m & F, F a single bit, is !(m & F): the two tests are one condition
 * (tmux's format.c: if (~modifiers & FORMAT_TIMESTRING) ... if (modifiers
 * & FORMAT_TIMESTRING)). Before, the path through both allocations and no
 * release was taken for one that exists. */
enum { TIMESTRING = 0x4 };

char *f(int m)
{
    char *p = NULL;
    if (~m & 1)
        p = malloc(1);
    if (m & 1)
        return NULL;
    return p;
}

char *g(int modifiers)
{
    char *found = NULL;
    if (TIMESTRING & ~modifiers)
        found = malloc(8);
    if (modifiers & TIMESTRING)
        return NULL;
    return found;
}
