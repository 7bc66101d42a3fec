#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Summaries compose: wrappers of allocators are allocators, wrappers of
 * deallocators are deallocators. */

void *xmalloc(size_t n)
{
    void *p = malloc(n);
    if (!p)
        abort();
    return p;
}

char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = xmalloc(n);
    memcpy(p, s, n);
    return p;
}

void xfree(void *p)
{
    free(p);
}

void release_str(char *s)
{
    xfree(s);
}

void caller(void)
{
    char *a = xstrdup("a");
    char *b = xmalloc(4);
    b[0] = a[0];
    release_str(b);
    xfree(a);
}
