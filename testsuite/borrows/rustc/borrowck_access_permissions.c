#include <ownck.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-access-permissions.rs,
 * the cases that survive in C. Adapted: immutable locals, statics and Boxes
 * have no C counterpart in the annotation language (C has `const`, which
 * the compiler already enforces), so the kept cases are the borrow-derived
 * ones: "borrow of deref to reference" (`&mut *ref_x` with ref_x = &x, a
 * BORROW passed where BORROW_MUT is required) and "borrowing mutably through
 * an immutable reference" (`&mut *foo_ref.f`, where foo_ref = &foo and f is
 * a `&'a mut i32` field: a BORROW_MUT LIFETIME field reached through a
 * BORROW). Same verdicts: E0596 (write-through-shared) on both, and the
 * `ref_x_mut` reborrow is accepted. */

struct foo {
    BORROW_MUT LIFETIME(a) int *f;
    BORROW LIFETIME(a) const int *g;
};

void use_mut(BORROW_MUT int *p);

int main(void)
{
    int x = 1;
    int x_mut = 1;

    {
        BORROW int *ref_x = &x;
        BORROW_MUT int *ref_x_mut = &x_mut;

        use_mut(ref_x);             // expect: write-through-shared
        use_mut(ref_x_mut);         /* no error */
    }

    {
        struct foo foo = { &x_mut, &x };
        BORROW const struct foo *foo_ref = &foo;
        use_mut(foo_ref->f);        // expect: write-through-shared
    }
    return 0;
}
