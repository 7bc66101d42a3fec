#include <ownck.h>
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* assert(p) is not a proof that p is non-NULL, but the NULL path owes
 * nothing, so nothing leaks on it either. */

void fill(size_t n)
{
    char *p = malloc(n);
    assert(p);
    memset(p, 0, n);
    free(p);
}

char *dup_checked(const char *s)
{
    char *p = strdup(s);
    assert(p != NULL);
    return p;
}

int pair(void)
{
    char *a = malloc(8);
    assert(a);
    char *b = malloc(8);
    assert(b != NULL);
    a[0] = 'a';
    b[0] = 'b';
    free(b);
    free(a);
    return 0;
}
