#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Indexing and pointer expressions that do not move the owner itself. */

void indexed(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    p[3] = 'x';
    *(p + 1) = 'y';
    memset(p + 4, 0, 4);
    free(p);
}

int sum(int n)
{
    int *v = calloc((size_t)n + 1, sizeof *v);
    if (!v)
        return 0;
    int s = 0;
    for (int i = 0; i < n; i++)
        s += *(v + i);
    free(v);
    return s;
}
