#include <ownck.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-mut-borrow-of-mut-base-ptr.rs.
 * Adapted: `t0: &'a mut isize` is a BORROW_MUT parameter; `let p = &*t0;`
 * a BORROW (or BORROW_MUT) reborrow of *t0; `let mut t2 = &mut t0;` a
 * BORROW_MUT pointer to the variable t0 itself; p.use_ref() / use_mut() are
 * BORROW / BORROW_MUT parameters. Same verdicts: E0502 (borrow-conflict) in
 * foo and E0499 (mut-borrow-conflict) in bar, at `&t0`: the variable t0 is
 * a prefix of the place *t0 that p borrows. */

void use_ref(BORROW const long *p);
void use_mut(BORROW_MUT long *p);

void foo(BORROW_MUT long *t0, BORROW_MUT long *t1)
{
    BORROW const long *p = t0;
    BORROW_MUT long **t2 = &t0;     // expect: borrow-conflict
    **t2 += 1;
    use_ref(p);
    (void)t1;
}

void bar(BORROW_MUT long *t0, BORROW_MUT long *t1)
{
    BORROW_MUT long *p = t0;
    BORROW_MUT long **t2 = &t0;     // expect: mut-borrow-conflict
    **t2 += 1;
    use_mut(p);
    (void)t1;
}
