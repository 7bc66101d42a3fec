#include <ownck.h>

/* Returning a borrow from a function whose result is OWNED moves out of the
 * borrow: move-out-of-borrow at the return. */

OWNED char *give_back(BORROW char *b)
{
    return b;                       // expect: move-out-of-borrow
}
