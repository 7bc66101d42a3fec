#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The ownership flag is never set on the allocating path, so the release
 * is skipped there. */

static char fallback[64];

void render(size_t n)
{
    char *p = fallback;
    int owned = 0;
    if (n > sizeof fallback) {
        p = malloc(n);                      // expect-note: allocated here
        if (!p)
            return;
    }
    memset(p, ' ', n - 1);
    p[n - 1] = '\0';
    puts(p);
    if (owned)
        free(p);
}                                           // expect: leak
