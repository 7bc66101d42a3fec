#include <stdlib.h>
#include <string.h>

/* A realloc wrapper (Redis's ztryrealloc_usable): when realloc fails, the
 * old block is as it was before the call, and a pointer the caller passed
 * in unannotated was never this function's to release, so returning NULL
 * leaks nothing here. */

void *grow(void *ptr, size_t size)
{
    void *newptr = realloc(ptr, size);
    if (newptr == NULL)
        return NULL;
    return newptr;
}

char *append(char *s, const char *tail)
{
    size_t n = strlen(s), m = strlen(tail);
    char *t = realloc(s, n + m + 1);
    if (!t)
        return NULL;
    memcpy(t + n, tail, m + 1);
    return t;
}
