#include <stdlib.h>

/* The copy of ok_realloc_local_copy.c, but the place it was copied from no
 * longer holds the block when realloc runs, or p is the only pointer. */

int source_cleared(int **pp, size_t n)
{
    int *p = *pp;
    *pp = NULL;
    p = realloc(p, n * sizeof *p);      // expect: realloc-leak
    if (!p)
        return -1;
    *pp = p;
    return 0;
}

int only_pointer(size_t n)
{
    int *p = malloc(n);
    p = realloc(p, 2 * n);              // expect: realloc-leak
    free(p);
    return 0;
}
