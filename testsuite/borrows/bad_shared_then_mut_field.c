#include <ownck.h>

/* borrow-conflict on one field, in both orders (rustc: borrow-tuple-fields,
 * borrowck-borrow-from-stack-variable). */

struct pair { int a; int b; };

void bump(BORROW_MUT int *p);
int get(BORROW const int *p);

int shared_then_mut(void)
{
    struct pair s = { 1, 2 };
    BORROW const int *r = &s.a;
    BORROW_MUT int *w = &s.a;       // expect: borrow-conflict
    *w = 3;
    return get(r);
}

int mut_then_shared(void)
{
    struct pair s = { 1, 2 };
    BORROW_MUT int *w = &s.b;
    int n = get(&s.b);              // expect: borrow-conflict
    bump(w);
    return n;
}
