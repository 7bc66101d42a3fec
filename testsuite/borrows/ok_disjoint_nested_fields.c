#include <ownck.h>

/* Nested fields: s.in.a, s.in.b and s.out are three different places
 * (rustc: borrowck-borrow-from-owned-ptr's borrow_long_path_both_mut). */

struct inner { int a; int b; };
struct outer { struct inner in; int out; };

void bump(BORROW_MUT int *p);
void show_inner(BORROW const struct inner *p);

int nested(void)
{
    struct outer s = { { 1, 2 }, 3 };
    BORROW_MUT int *a = &s.in.a;
    BORROW_MUT int *b = &s.in.b;
    BORROW_MUT int *o = &s.out;
    bump(a);
    bump(b);
    bump(o);
    *a = *b + *o;
    return s.out;
}

int nested_shared_parent_mut_sibling(void)
{
    struct outer s = { { 1, 2 }, 3 };
    BORROW const struct inner *in = &s.in;
    BORROW_MUT int *o = &s.out;     /* s.out is outside s.in */
    *o = in->a;
    show_inner(in);
    return *o;
}
