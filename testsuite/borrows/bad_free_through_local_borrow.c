#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* A local BORROW_MUT variable does not own its pointee either: releasing
 * through it is move-out-of-borrow, and the owner still owns the memory. */

void release_via_borrow(void)
{
    OWNED char *p = strdup("abc");
    if (!p)
        return;
    BORROW_MUT char *w = p;
    w[0] = 'x';
    free(w);                        // expect: move-out-of-borrow
    free(p);
}
