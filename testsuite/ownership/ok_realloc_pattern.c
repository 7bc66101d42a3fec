#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* 7.12: realloc releases its argument only when it returns non-NULL. */

int grow(size_t n)
{
    char *p = malloc(n);
    if (!p)
        return -1;
    memset(p, 0, n);
    char *q = realloc(p, n * 2);
    if (!q) {
        free(p);
        return -1;
    }
    p = q;
    p[n] = 'x';
    free(p);
    return 0;
}

int grow_keep_new_name(size_t n)
{
    char *p = malloc(n + 1);
    if (!p)
        return -1;
    char *bigger = realloc(p, n + 64);
    if (bigger == NULL) {
        free(p);
        return -1;
    }
    bigger[0] = '\0';
    free(bigger);
    return 0;
}
