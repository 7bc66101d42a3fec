#include <ownck.h>
#include <stdlib.h>

/* The wrappers of ok_realloc_wrapper.c where the old block is this
 * function's: allocated here, or handed over as OWNED. When realloc fails
 * it is still owed. */

OWNED void *grow_owned(OWNED void *ptr, size_t size)
{
    void *newptr = realloc(ptr, size);
    if (newptr == NULL)
        return NULL;                    // expect: leak
    return newptr;
}

void *make_and_grow(size_t size)
{
    char *p = malloc(16);
    if (!p)
        return NULL;
    char *q = realloc(p, size);
    if (!q)
        return NULL;                    // expect: leak
    return q;
}
