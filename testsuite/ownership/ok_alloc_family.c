#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Every model allocator's result, released once; possibly-NULL values freed. */

void family(size_t n)
{
    char *a = strdup("a");
    char *b = strndup("bcdef", 2);
    int *c = calloc(n + 1, sizeof *c);
    void *d = aligned_alloc(16, 64);
    if (a)
        a[0] = 'A';
    if (c)
        c[0] = 1;
    free(a);
    free(b);
    free(c);
    free(d);
}
