#include <ownck.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-borrow-of-mut-base-ptr-safe.rs
 * (run-pass). Adapted: `t0: &mut isize` is a BORROW_MUT parameter; `&*t0`
 * a BORROW; `let t2 = &t0;` a BORROW pointer to the variable t0; `&**t2` a
 * BORROW read through it. The borrows are all used at the end (in Rust they
 * are unused) to make them overlap. Same verdict: accepted, since freezing
 * a frozen place again is fine. */

long sum3(BORROW const long *a, BORROW const long *b, BORROW const long *c);

long foo(BORROW_MUT long *t0, BORROW_MUT long *t1)
{
    BORROW const long *p = t0;
    BORROW long *const *t2 = &t0;
    BORROW const long *q = *t2;
    BORROW const long *r = t0;
    (void)t1;
    return sum3(p, q, r);
}
