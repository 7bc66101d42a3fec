#include <ownck.h>
#include <stdlib.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-use-mut-borrow.rs.
 * Adapted: `let p = &mut x;` is a BORROW_MUT variable; drop(x) (a copy or a
 * read) is a read of x into a local; Box<isize> is an OWNED malloc'd int
 * (struct b's Box field an OWNED field, released at the end); the
 * functional-update syntax `A { b: 3, .. x }` is a struct initializer that
 * reads x.a. Same verdicts: every read while the exclusive borrow is live is
 * E0503 (use-while-mut-borrowed). */

struct a { long a; long b; };
struct b { long a; OWNED long *b; };

void sink(long v);

void var_copy_after_var_borrow(void)
{
    long x = 1;
    BORROW_MUT long *p = &x;
    sink(x);                        // expect: use-while-mut-borrowed
    *p = 2;
}

void var_copy_after_field_borrow(void)
{
    struct a x = { 1, 2 };
    BORROW_MUT long *p = &x.a;
    struct a copy = x;              // expect: use-while-mut-borrowed
    *p = 3;
    sink(copy.a);
}

void field_copy_after_var_borrow(void)
{
    struct a x = { 1, 2 };
    BORROW_MUT struct a *p = &x;
    sink(x.a);                      // expect: use-while-mut-borrowed
    p->a = 3;
}

void field_copy_after_field_borrow(void)
{
    struct a x = { 1, 2 };
    BORROW_MUT long *p = &x.a;
    sink(x.a);                      // expect: use-while-mut-borrowed
    *p = 3;
}

void fu_field_copy_after_var_borrow(void)
{
    struct a x = { 1, 2 };
    BORROW_MUT struct a *p = &x;
    struct a y = { .a = x.a,        // expect: use-while-mut-borrowed
                   .b = 3 };
    sink(y.a);
    p->a = 4;
}

void var_deref_after_var_borrow(void)
{
    OWNED long *x = malloc(sizeof *x);
    if (!x)
        return;
    *x = 1;
    BORROW_MUT long *p = x;
    sink(*x);                       // expect: use-while-mut-borrowed
    *p = 2;
    free(x);
}

void field_deref_after_var_borrow(void)
{
    struct b x = { 1, malloc(sizeof(long)) };
    if (!x.b)
        return;
    *x.b = 2;
    BORROW_MUT struct b *p = &x;
    sink(*x.b);                     // expect: use-while-mut-borrowed
    p->a = 3;
    free(x.b);
}

void field_deref_after_field_borrow(void)
{
    struct b x = { 1, malloc(sizeof(long)) };
    if (!x.b)
        return;
    *x.b = 2;
    BORROW_MUT long *p = x.b;
    sink(*x.b);                     // expect: use-while-mut-borrowed
    *p = 3;
    free(x.b);
}
