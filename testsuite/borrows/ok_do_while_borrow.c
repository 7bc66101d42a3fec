#include <ownck.h>

/* do/while: the exclusive borrow is created and last used within each
 * iteration, so the owner may be read in the loop condition. */

void bump(BORROW_MUT int *p);

int do_while(void)
{
    int x = 0;
    do {
        BORROW_MUT int *r = &x;
        bump(r);
        *r += 1;
    } while (x < 10);               /* reading x: r is dead */
    return x;
}
