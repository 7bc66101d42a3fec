#include <ownck.h>

/* Reborrowing: `BORROW_MUT int *r2 = r;` suspends r while r2 is live; after
 * r2's last use, r is usable again (rustc: `let r2 = &mut *r; *r2 = 1;
 * *r = 2;`). A lexical checker keeps r2 alive to the end of the block. */

void bump(BORROW_MUT int *p);

void reborrow_then_reuse(BORROW_MUT int *r)
{
    BORROW_MUT int *r2 = r;
    *r2 = 1;
    bump(r2);                       /* last use of r2 */
    *r += 1;                        /* r is usable again */
    bump(r);
}

int reborrow_local_then_reuse(void)
{
    int x = 0;
    BORROW_MUT int *r = &x;
    BORROW_MUT int *r2 = r;
    *r2 = 1;                        /* last use of r2 */
    *r = 2;                         /* last use of r */
    return x;
}
