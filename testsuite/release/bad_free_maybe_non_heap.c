#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.7: on the path where the allocation failed the pointer holds a static
 * fallback buffer, and releasing it there is a bug. */

static char fallback[64];

void render(size_t n)
{
    char *p = malloc(n);
    if (!p)
        p = fallback;
    p[0] = '\0';
    free(p);                                // expect: free-non-heap
}
