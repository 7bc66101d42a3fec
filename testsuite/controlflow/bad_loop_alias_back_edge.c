#include <ownck.h>
#include <stdlib.h>

/* An alias kept across iterations points to the previous iteration's
 * released buffer. */

int done(void);

void reuse_stale_alias(void)
{
    char *prev = NULL;
    for (;;) {
        char *cur = malloc(8);
        if (!cur)
            break;
        cur[0] = 'a';
        if (prev != NULL)
            cur[1] = prev[0];           // expect: use-after-free
        prev = cur;
        free(cur);
        if (done())
            break;
    }
}
