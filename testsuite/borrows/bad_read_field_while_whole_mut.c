#include <ownck.h>

/* use-while-mut-borrowed on fields: reading a field while the whole struct
 * is exclusively borrowed, and reading the whole struct while one field is
 * (rustc: borrowck-use-mut-borrow's field_copy_after_var_borrow and
 * var_copy_after_field_borrow). */

struct pair { int a; int b; };

int field_while_whole(void)
{
    struct pair s = { 1, 2 };
    BORROW_MUT struct pair *p = &s;
    int a = s.a;                    // expect: use-while-mut-borrowed
    p->a = 3;
    return a;
}

int whole_while_field(void)
{
    struct pair s = { 1, 2 };
    BORROW_MUT int *pa = &s.a;
    struct pair copy = s;           // expect: use-while-mut-borrowed
    *pa = 3;
    return copy.b;
}
