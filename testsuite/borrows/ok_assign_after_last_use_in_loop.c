#include <ownck.h>

/* A shared borrow created and last used in one iteration: assigning the
 * borrowed object at the end of the body is fine, because the next
 * iteration borrows afresh. */

int get(BORROW const int *p);
int more(void);

int assign_each_iteration(void)
{
    int x = 0, total = 0;
    while (more()) {
        BORROW const int *r = &x;
        total += get(r);            /* last use of r */
        x = total + 1;              /* fine */
    }
    return total;
}
