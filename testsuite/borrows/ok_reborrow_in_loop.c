#include <ownck.h>

/* A reborrow created inside the loop body ends before the next iteration,
 * and the original is usable after the loop. */

void bump(BORROW_MUT int *p);

void reborrow_each_iteration(BORROW_MUT int *r, int n)
{
    for (int i = 0; i < n; i++) {
        BORROW_MUT int *t = r;
        *t += i;
        bump(t);                    /* last use of t in this iteration */
        *r += 1;                    /* fine */
    }
    *r = 0;
}
