#include <ownck.h>

/* A loan held by a variable that is overwritten inside the loop does not
 * survive into the next iteration: after `cur = &b;` the loan of a is gone,
 * so writing a later in the body is fine on every iteration. */

void bump(BORROW_MUT int *p);

int overwrite_in_loop(int n)
{
    int a = 0, b = 0;
    BORROW_MUT int *cur = &a;
    for (int i = 0; i < n; i++) {
        bump(cur);
        cur = &b;                   /* kills the loan of a (if any) */
        a = i;                      /* fine */
    }
    return a + b;
}
