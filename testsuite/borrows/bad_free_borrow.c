#include <ownck.h>
#include <stdlib.h>

/* move-out-of-borrow (E0507): releasing through a borrow, BORROW or
 * BORROW_MUT: the borrow does not own what it points to. */

void release_shared(BORROW char *b)
{
    free(b);                        // expect: move-out-of-borrow
}

void release_exclusive(BORROW_MUT char *b)
{
    free(b);                        // expect: move-out-of-borrow
}
