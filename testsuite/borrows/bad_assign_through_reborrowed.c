#include <ownck.h>

/* Reborrowing suspends the original: writing through r while the reborrow r2
 * is live is assign-while-borrowed (rustc: `let r2 = &mut *r; r[0] = 1;
 * use(r2)` is E0506). */

void bump(BORROW_MUT int *p);

void write_original(BORROW_MUT int *r)
{
    BORROW_MUT int *r2 = r;
    r[0] = 1;                       // expect: assign-while-borrowed
    bump(r2);
}

int get(BORROW const int *p);

int write_under_shared_reborrow(BORROW_MUT int *r)
{
    BORROW const int *s = r;
    *r = 2;                         // expect: assign-while-borrowed
    return get(s);
}
