#include <stdlib.h>

/* The copy taken before the realloc no longer holds the old block: it was
 * overwritten before the call, or on the failure side before it is used. */

char *copy_overwritten(char *out, char *other, size_t n)
{
    void *tmp = out;
    tmp = other;
    out = realloc(out, n);              // expect: realloc-leak
    if (!out) {
        free(tmp);
        return NULL;
    }
    return out;
}

char *copy_cleared_on_failure(char *out, size_t n)
{
    void *tmp = out;
    out = realloc(out, n);              // expect: realloc-leak
    if (!out) {
        tmp = NULL;
        return tmp;
    }
    return out;
}
