#include <ownck.h>
#include <stdlib.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrow-tuple-fields.rs.
 * Adapted: the tuples and tuple structs are C structs with fields f0 and f1;
 * the Box<isize> field is an OWNED int * field; `let y = x;` moving the whole
 * tuple becomes moving its owning field into an OWNED variable (a C struct
 * copy is not a move); r.use_ref() / a.use_mut() are BORROW / BORROW_MUT
 * parameters. Same verdicts: E0505 (move-while-borrowed) twice, E0502
 * (borrow-conflict) twice, E0499 (mut-borrow-conflict) twice. */

struct boxed_pair { OWNED int *f0; int f1; };
struct pair { int f0; int f1; };

void use_ref(BORROW const int *p);
void use_ref_box(BORROW int *const *p);
void use_mut(BORROW_MUT int *p);

void moves(void)
{
    struct boxed_pair x = { malloc(sizeof(int)), 2 };
    if (!x.f0)
        return;
    BORROW int *const *r = &x.f0;
    OWNED int *y = x.f0;            // expect: move-while-borrowed
    use_ref_box(r);
    free(y);
}

void moves_through_deref(void)
{
    struct boxed_pair x = { malloc(sizeof(int)), 2 };
    if (!x.f0)
        return;
    BORROW const int *r = x.f0;
    OWNED int *y = x.f0;            // expect: move-while-borrowed
    use_ref(r);
    free(y);
}

void shared_then_mut(void)
{
    struct pair x = { 1, 2 };
    BORROW const int *a = &x.f0;
    BORROW_MUT int *b = &x.f0;      // expect: borrow-conflict
    use_ref(a);
    (void)b;

    struct pair z = { 1, 2 };
    BORROW const int *c = &z.f0;
    BORROW_MUT int *d = &z.f0;      // expect: borrow-conflict
    use_ref(c);
    (void)d;
}

void mut_then_mut(void)
{
    struct pair x = { 1, 2 };
    BORROW_MUT int *a = &x.f0;
    BORROW_MUT int *b = &x.f0;      // expect: mut-borrow-conflict
    use_ref(a);
    (void)b;

    struct pair z = { 1, 2 };
    BORROW_MUT int *c = &z.f0;
    BORROW_MUT int *d = &z.f0;      // expect: mut-borrow-conflict
    use_mut(c);
    (void)d;
}
