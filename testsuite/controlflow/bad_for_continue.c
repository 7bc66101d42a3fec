#include <ownck.h>
#include <stdlib.h>

/* continue goes back to the top of the loop without the re-allocation. */

int skip(void);
int done(void);

void refill(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    for (;;) {
        free(p);                        // expect: double-free
        if (skip())
            continue;
        p = malloc(8);
        if (!p)
            return;
        p[0] = 'x';
        if (done()) {
            free(p);
            return;
        }
    }
}
