#include <ownck.h>

/* A chain of reborrows used in reverse order of creation: each one's last
 * use comes before the next use of its parent. */

void bump(BORROW_MUT int *p);

int chain(void)
{
    int x = 0;
    BORROW_MUT int *a = &x;
    BORROW_MUT int *b = a;
    BORROW_MUT int *c = b;
    bump(c);                        /* last use of c */
    bump(b);                        /* last use of b */
    bump(a);                        /* last use of a */
    return x;
}
