#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The realloc idiom: keep the old pointer until realloc succeeded. */

int grow(size_t n)
{
    char *p = malloc(16);
    if (!p)
        return -1;
    memset(p, 0, 16);
    char *q = realloc(p, n);
    if (!q) {
        free(p);
        return -1;
    }
    p = q;
    p[0] = 'g';
    free(p);
    return 0;
}

OWNED char *resize(OWNED char *p, size_t n)
{
    OWNED char *q = realloc(p, n);
    if (!q) {
        free(p);
        return NULL;
    }
    return q;
}

void keep_old_on_failure(size_t n)
{
    char *buf = malloc(8);
    if (!buf)
        return;
    char *bigger = realloc(buf, n);
    if (bigger)
        buf = bigger;
    buf[0] = 'k';
    free(buf);
}
