#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* 7.8: releasing through an alias releases the allocation exactly once. */

void release_through_alias(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    char *q = p;
    q[0] = 'a';
    p[1] = 'b';
    free(q);
}

size_t alias_walks_then_original_released(void)
{
    char *p = strdup("hello");
    if (!p)
        return 0;
    char *cur = p;
    size_t n = 0;
    while (*cur != '\0') {
        cur++;
        n++;
    }
    free(p);
    return n;
}
