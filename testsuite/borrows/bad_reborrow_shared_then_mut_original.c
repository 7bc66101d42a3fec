#include <ownck.h>

/* A shared reborrow of a BORROW_MUT freezes it: passing the original to a
 * BORROW_MUT parameter while the shared reborrow is still used is a
 * borrow-conflict (rustc: `let s = &*r; bump(r); *s`). */

void bump(BORROW_MUT int *p);
int get(BORROW const int *p);

int freeze(BORROW_MUT int *r)
{
    BORROW const int *s = r;
    bump(r);                        // expect: borrow-conflict
    return get(s);
}
