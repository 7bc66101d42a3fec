#include <stdlib.h>

/* The old block saved in another local before `out = realloc(out, n)`, and
 * released through it when realloc fails: the canonical fix for the
 * realloc-leak pattern, written the other way round (git's diff-delta.c
 * create_delta: void *tmp = out; out = xrealloc(out, outsize); if (!out)
 * { free(tmp); return NULL; }). */

char *grow(char *out, size_t *outsize)
{
    void *tmp = out;
    *outsize = *outsize * 3 / 2;
    out = realloc(out, *outsize);
    if (!out) {
        free(tmp);
        return NULL;
    }
    return out;
}

int grow_local(size_t n)
{
    int *list = malloc(n * sizeof *list);
    if (!list)
        return -1;
    int *old = list;
    list = realloc(list, 2 * n * sizeof *list);
    if (!list) {
        free(old);
        return -1;
    }
    free(list);
    return 0;
}
