#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* A backward goto after the release and before a fresh allocation. */

int fits(BORROW const char *buf, size_t n);

int fill_buffer(size_t n)
{
    char *p;
retry:
    p = malloc(n);
    if (!p)
        return -1;
    memset(p, 'x', n);
    if (!fits(p, n)) {
        free(p);
        n *= 2;
        goto retry;
    }
    free(p);
    return 0;
}
