#include <ownck.h>
#include <stddef.h>

/* A loan stored in a variable that is used in a later iteration stays live
 * around the loop: the exclusive borrow of x made in one iteration is still
 * live (through `prev`) when the next iteration borrows x again
 * (rustc: borrowck-mut-borrow-linear-errors). */

void bump(BORROW_MUT int *p);
int more(void);

void kept_across_iterations(void)
{
    int x = 0;
    BORROW_MUT int *prev = NULL;
    while (more()) {
        BORROW_MUT int *cur = &x;   // expect: mut-borrow-conflict // expect-note: in the previous iteration of the loop
        if (prev)
            bump(prev);
        prev = cur;
    }
}
