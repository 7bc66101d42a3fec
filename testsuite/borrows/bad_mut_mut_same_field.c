#include <ownck.h>

/* mut-borrow-conflict on a field: two exclusive borrows of the same field
 * (rustc: borrowck-borrow-from-stack-variable's
 * borrow_same_field_twice_mut_mut). */

struct pair { int a; int b; };

void bump(BORROW_MUT int *p);

int same_field(void)
{
    struct pair s = { 1, 2 };
    BORROW_MUT int *a1 = &s.a;
    BORROW_MUT int *a2 = &s.a;      // expect: mut-borrow-conflict
    bump(a2);
    bump(a1);
    return s.b;
}

void same_field_through_pointer(BORROW_MUT struct pair *p)
{
    BORROW_MUT int *a1 = &p->a;
    bump(&p->a);                    // expect: mut-borrow-conflict
    bump(a1);
}
