#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Allocated on some paths, NULL on the others; one release at the end suffices. */

void maybe_buffer(int want)
{
    char *p = NULL;
    if (want)
        p = malloc(32);
    if (p)
        p[0] = 'w';
    free(p);
}

void pick_copy(const char *a, const char *b, int which)
{
    char *copy = which ? strdup(a) : strdup(b);
    if (!copy)
        return;
    puts(copy);
    free(copy);
}
