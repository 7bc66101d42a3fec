#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* ?: conditional uses and releases. */

size_t safe_len(void)
{
    char *p = strdup("abc");
    size_t n = p ? strlen(p) : 0;
    free(p);
    return n;
}

OWNED char *keep_or_drop(int keep)
{
    char *p = strdup("x");
    if (!p)
        return NULL;
    if (!keep)
        free(p);
    return keep ? p : NULL;
}

void release_in_either_order(int a_first)
{
    char *a = strdup("a");
    char *b = strdup("b");
    a_first ? free(a) : free(b);
    a_first ? free(b) : free(a);
}
