#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* `p = realloc(p, n)`: when realloc fails the old block is lost. */

int grow(size_t n)
{
    char *buf = malloc(16);
    if (!buf)
        return -1;
    memset(buf, 0, 16);
    buf = realloc(buf, n);                  // expect: realloc-leak
    if (!buf)
        return -1;
    buf[0] = 'x';
    free(buf);
    return 0;
}

OWNED char *resize(OWNED char *s, size_t n)
{
    s = realloc(s, n);                      // expect: realloc-leak
    return s;
}
