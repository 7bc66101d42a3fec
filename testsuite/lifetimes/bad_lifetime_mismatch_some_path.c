#include <ownck.h>
#include <string.h>

/* lifetime-mismatch on some path: a conditional, or a variable that holds the
 * other argument on one path, is enough. */
BORROW LIFETIME(a) const char *
either(BORROW LIFETIME(a) const char *x, BORROW LIFETIME(b) const char *y, int c)
{
    return c ? x : y;                   // expect: lifetime-mismatch
}

BORROW LIFETIME(a) const char *
longest_of(BORROW LIFETIME(a) const char *first, BORROW LIFETIME(b) const char *second)
{
    const char *best = first;
    if (strlen(second) > strlen(best))
        best = second;
    return best;                        // expect: lifetime-mismatch
}
