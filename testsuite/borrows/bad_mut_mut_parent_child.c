#include <ownck.h>

/* A borrow of a field conflicts with a borrow of the whole struct, in both
 * orders (rustc: borrowck-borrow-from-owned-ptr's borrow_mut_and_base_mut). */

struct pair { int a; int b; };

void bump(BORROW_MUT int *p);
void reset(BORROW_MUT struct pair *p);

void field_then_whole(void)
{
    struct pair s = { 1, 2 };
    BORROW_MUT int *pa = &s.a;
    reset(&s);                      // expect: mut-borrow-conflict
    bump(pa);
}

void whole_then_field(void)
{
    struct pair s = { 1, 2 };
    BORROW_MUT struct pair *ps = &s;
    bump(&s.b);                     // expect: mut-borrow-conflict
    reset(ps);
}
