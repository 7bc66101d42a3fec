#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.12: reallocarray releases its argument only on success; the temporary
 * keeps the old array reachable on failure. */

int *grow_array(int *v, size_t n)
{
    int *nv = reallocarray(v, n, sizeof *nv);
    if (!nv) {
        free(v);
        return NULL;
    }
    return nv;
}

int fill(size_t n)
{
    int *v = calloc(2, sizeof *v);
    if (!v)
        return -1;
    int *bigger = reallocarray(v, n, sizeof *bigger);
    if (!bigger) {
        free(v);
        return -1;
    }
    v = bigger;
    v[0] = 1;
    free(v);
    return 0;
}
