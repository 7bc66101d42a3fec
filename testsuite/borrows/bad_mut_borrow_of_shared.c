#include <ownck.h>

/* write-through-shared (E0596): an exclusive borrow cannot be made from a
 * shared one, whether from the BORROW itself or from a field reached
 * through it (rustc: borrowck-access-permissions, `&mut *ref_x`). The
 * primary location is the borrowing expression. */

struct pair { int a; int b; };

void mut_from_shared(BORROW int *r)
{
    BORROW_MUT int *m = r;          // expect: write-through-shared
    *m = 1;
}

void mut_field_from_shared(BORROW struct pair *r)
{
    BORROW_MUT int *m = &r->a;      // expect: write-through-shared
    *m = 1;
}
