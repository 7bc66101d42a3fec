#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Releasing malloc-family memory twice. */

void malloc_twice(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    free(p);                            // expect-note: released here
    free(p);                            // expect: double-free
}

void calloc_twice(size_t n)
{
    int *a = calloc(n + 1, sizeof *a);
    if (!a)
        return;
    a[0] = 1;
    free(a);
    free(a);                            // expect: double-free
}

void strdup_twice(const char *s)
{
    char *d = strdup(s);
    if (d == NULL)
        return;
    free(d);
    free(d);                            // expect: double-free
}
