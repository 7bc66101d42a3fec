#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Passing a released value to a borrowing function of this file is a use. */

size_t len(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

size_t measure_late(void)
{
    char *p = strdup("x");
    if (!p)
        return 0;
    free(p);                                // expect-note: released here
    return len(p);                          // expect: use-after-free
}
