#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The failure check of the second allocation forgets the first one. */

int two_buffers(size_t n)
{
    char *a = malloc(n);                    // expect-note: allocated here
    if (!a)
        return -1;
    char *b = malloc(n);
    if (!b)
        return -1;                          // expect: leak
    memset(a, 0, n);
    memcpy(b, a, n);
    free(b);
    free(a);
    return 0;
}

FILE *open_with_name(const char *path)
{
    char *name = strdup(path);
    if (name == NULL)
        return NULL;
    FILE *f = fopen(name, "r");
    if (f == NULL)
        return NULL;                        // expect: leak
    free(name);
    return f;
}
