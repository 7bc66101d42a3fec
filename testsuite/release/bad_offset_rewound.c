#include <stdlib.h>
#include <string.h>

/* A pointer walked back by an unknown amount may be at its start again
 * (ok_offset_rewound.c), but that excuses neither another pointer of the
 * function nor a release at a constant offset from it. */

void other_pointer_walked_back(const char *s, int n)
{
    char *p = strdup(s);
    if (!p)
        return;
    char *q = strdup(s);
    if (!q) {
        free(p);
        return;
    }
    p += n;
    q += n;
    q -= n;
    free(q);
    free(p);                    // expect: free-offset
}

void released_past_the_start(int n)
{
    char *p = malloc(16);
    if (!p)
        return;
    p += n;
    p -= n;
    free(p + 1);                // expect: free-offset
}
