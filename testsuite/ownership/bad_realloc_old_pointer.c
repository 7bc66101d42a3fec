#include <ownck.h>
#include <stdlib.h>

/* 7.12: realloc releases its argument when it returns non-NULL. */

int grow_and_touch_old(size_t n)
{
    char *p = malloc(n);
    if (!p)
        return -1;
    char *q = realloc(p, n * 2);
    if (!q) {
        free(p);
        return -1;
    }
    p[0] = 'x';                         // expect: use-after-free
    free(q);
    return 0;
}

void grow_then_free_old(size_t n)
{
    char *p = malloc(n);
    if (!p)
        return;
    char *q = realloc(p, n + 16);
    if (q == NULL) {
        free(p);
        return;
    }
    free(p);                            // expect: double-free
    free(q);
}
