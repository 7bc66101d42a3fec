#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* One exit label, pointers initialized to NULL: free(NULL) is fine. */

int two_buffers(size_t n)
{
    int rc = -1;
    char *a = NULL;
    char *b = NULL;
    a = malloc(n);
    if (!a)
        goto out;
    b = malloc(n);
    if (!b)
        goto out;
    memset(a, 0, n);
    memset(b, 0, n);
    rc = 0;
out:
    free(b);
    free(a);
    return rc;
}

void forward_skip(int c)
{
    char *p = malloc(8);
    if (!p)
        return;
    if (c)
        goto release;
    p[0] = 'x';
release:
    free(p);
}
