#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* An early-exit branch releases but forgets to return. */

OWNED char *make_label(size_t len)
{
    char *p = malloc(len + 1);
    if (!p)
        return NULL;
    memset(p, 'a', len);
    p[len] = '\0';
    if (len == 0) {
        free(p);                        // expect-note: released here
        /* missing: return NULL; */
    }
    return p;                           // expect: use-after-free
}
