#include <ownck.h>

/* A borrow made in a loop body that breaks right after does not outlive the
 * loop (rustc: borrowck-lend-flow-loop's loop_aliased_mut_break). */

void borrow_mut(BORROW_MUT int *p);
void show(BORROW const int *p);
int more(void);

void break_then_mutate(void)
{
    int v = 3, w = 4;
    BORROW const int *x = &w;
    while (more()) {
        borrow_mut(&v);
        x = &v;
        show(x);
        break;
    }
    borrow_mut(&v);                 /* fine */
}
