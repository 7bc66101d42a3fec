#include <stdlib.h>

/* The other side of ok_realloc_wrapper_keeps_on_failure.c: a realloc
 * wrapper's argument is released where its result is not NULL (a use or a
 * free of it there is after release), `p = xrealloc(p, n)` loses the old
 * block when it fails (realloc-leak), and a wrapper that frees the old
 * block itself on failure releases it on every path (freeing it again is
 * a double free). */

void *xrealloc(void *ptr, size_t size)
{
    return realloc(ptr, size);
}

void *realloc_or_free(void *ptr, size_t size)
{
    void *q = realloc(ptr, size);
    if (!q)
        free(ptr);
    return q;
}

char *use_old(char *p, size_t n)
{
    char *q = xrealloc(p, n);
    if (q)
        p[0] = 'x';                     // expect: use-after-free
    return q;
}

char *overwrite(char *p, size_t n)
{
    p = xrealloc(p, n);                 // expect: realloc-leak
    return p;
}

char *free_again(char *p, size_t n)
{
    char *q = realloc_or_free(p, n);
    if (!q) {
        free(p);                        // expect: double-free
        return NULL;
    }
    return q;
}
