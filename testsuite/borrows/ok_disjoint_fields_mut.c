#include <ownck.h>

/* Field sensitivity: exclusive borrows of two different fields of one struct
 * do not conflict (rustc: borrowck-borrow-from-stack-variable's
 * borrow_both_fields_mut). */

struct pair { int a; int b; };

void bump(BORROW_MUT int *p);

int two_fields(void)
{
    struct pair s = { 1, 2 };
    BORROW_MUT int *pa = &s.a;
    BORROW_MUT int *pb = &s.b;
    *pa += 1;
    *pb += 1;
    bump(pa);
    bump(pb);
    return s.a + s.b;
}

int field_borrowed_other_written(void)
{
    struct pair s = { 1, 2 };
    BORROW_MUT int *pa = &s.a;
    s.b = 10;                       /* s.b is not borrowed */
    int b = s.b;
    *pa = b;
    return s.a;
}
