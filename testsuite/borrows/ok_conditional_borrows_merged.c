#include <ownck.h>

/* Conditional borrows merged: r borrows x on one path and y on the other.
 * At the merge r holds one of the two loans; after r's last use both are
 * over, so x and y may be written although r is still in scope. */

void bump(BORROW_MUT int *p);

int merged(int c)
{
    int x = 0, y = 0;
    BORROW_MUT int *r;
    if (c)
        r = &x;
    else
        r = &y;
    *r = 1;
    bump(r);                        /* last use of r on both paths */
    x = 2;                          /* fine */
    y = 3;                          /* fine */
    return x + y;
}
