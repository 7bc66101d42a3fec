#include <ownck.h>

/* A borrow variable declared outside the loop and re-assigned at the end of
 * every iteration: its loan is not used in the next iteration before it is
 * overwritten, so the exclusive borrow at the top of the body is fine
 * (rustc: borrowck-lend-flow-loop's loop_aliased_mut / while_aliased_mut). */

void borrow_mut(BORROW_MUT int *p);
int more(void);

void reassigned_each_iteration(void)
{
    int v = 3, w = 4;
    BORROW const int *x = &w;
    while (more()) {
        borrow_mut(&v);             /* fine: x's loan of v is dead here */
        x = &v;
    }
    (void)x;
}
