#include <ownck.h>
#include <stdlib.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-describe-lvalue.rs, the
 * struct, tuple, union and Box cases. Adapted: `fn x(&mut self) -> &mut
 * u32` is a function returning a BORROW_MUT tied by elision to its
 * BORROW_MUT receiver; tuples are structs with fields f0 and f1; Box<Foo> an
 * OWNED malloc'd struct; the read `f.x;` is passed by value to sink();
 * drop(x) is a use of x through a BORROW_MUT parameter. The enum, slice
 * pattern, closure and raw-pointer cases are left out. Same verdict: E0503
 * (use-while-mut-borrowed) at each read. */

struct foo { unsigned x; };
struct tup { unsigned f0; unsigned f1; };
union u { unsigned char a; unsigned long b; };

BORROW_MUT unsigned *foo_x(BORROW_MUT struct foo *self);
void sink(unsigned long v);
void drop_ref(BORROW_MUT unsigned *x);
void drop_byte(BORROW_MUT unsigned char *x);

void local_field_from_struct(void)
{
    struct foo f = { 22 };
    BORROW_MUT unsigned *x = foo_x(&f);
    sink(f.x);                      // expect: use-while-mut-borrowed
    drop_ref(x);
}

void local_field_from_tuple(void)
{
    struct tup h = { 22, 23 };
    BORROW_MUT unsigned *x = &h.f0;
    sink(h.f0);                     // expect: use-while-mut-borrowed
    drop_ref(x);
}

void local_field_from_union(void)
{
    union u u = { .b = 0 };
    BORROW_MUT unsigned char *x = &u.a;
    sink(u.a);                      // expect: use-while-mut-borrowed
    drop_byte(x);
}

void deref_field_from_struct(void)
{
    OWNED struct foo *f = malloc(sizeof *f);
    if (!f)
        return;
    f->x = 22;
    BORROW_MUT unsigned *x = foo_x(f);
    sink(f->x);                     // expect: use-while-mut-borrowed
    drop_ref(x);
    free(f);
}

void deref_field_from_tuple(void)
{
    OWNED struct tup *h = malloc(sizeof *h);
    if (!h)
        return;
    h->f0 = 22;
    BORROW_MUT unsigned *x = &h->f0;
    sink(h->f0);                    // expect: use-while-mut-borrowed
    drop_ref(x);
    free(h);
}
