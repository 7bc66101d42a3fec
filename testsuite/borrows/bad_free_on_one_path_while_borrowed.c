#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Liveness is per path: on the path where c holds, the borrow is used after
 * the release, which is a move-while-borrowed there. */

void log_str(BORROW const char *s);

void early_release(int c)
{
    OWNED char *p = strdup("abc");
    if (!p)
        return;
    BORROW const char *r = p;
    if (c) {
        free(p);                    // expect: move-while-borrowed
        log_str(r);
        return;
    }
    log_str(r);
    free(p);
}
