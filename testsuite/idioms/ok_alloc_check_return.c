#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Allocation-failure checks that return: each failing path releases what
 * was already allocated; the failing value itself is NULL and owes nothing. */

int two_buffers(size_t n)
{
    char *a = malloc(n);
    if (!a)
        return -1;
    char *b = malloc(n);
    if (!b) {
        free(a);
        return -1;
    }
    memset(a, 0, n);
    memcpy(b, a, n);
    free(b);
    free(a);
    return 0;
}

char *dup_or_null(const char *s)
{
    char *p = malloc(strlen(s) + 1);
    if (p == NULL)
        return NULL;
    strcpy(p, s);
    return p;
}

int three_at_once(void)
{
    char *a = malloc(4);
    char *b = malloc(4);
    char *c = malloc(4);
    if (!a || !b || !c) {
        free(a);
        free(b);
        free(c);
        return -1;
    }
    a[0] = b[0] = c[0] = 0;
    free(c);
    free(b);
    free(a);
    return 0;
}
