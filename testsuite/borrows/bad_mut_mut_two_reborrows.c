#include <ownck.h>

/* Two exclusive reborrows of the same BORROW_MUT while the first is live
 * (rustc: `let a = &mut *r; let b = &mut *r; *a = 1;` is E0499). */

void bump(BORROW_MUT int *p);

void two_reborrows(BORROW_MUT int *r)
{
    BORROW_MUT int *a = r;
    BORROW_MUT int *b = r;          // expect: mut-borrow-conflict
    bump(b);
    bump(a);
}
