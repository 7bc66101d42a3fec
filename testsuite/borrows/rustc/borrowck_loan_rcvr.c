#include <ownck.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-loan-rcvr.rs, function b.
 * Adapted: the method impurem(&self) is a function with a BORROW receiver;
 * `let l = &mut p;` is a BORROW_MUT variable. Function a needs a closure
 * and is left out. Same verdict: E0502 (borrow-conflict) at the shared
 * borrow of p for the call, since l is used afterwards. */

struct point { long x; long y; };

void impurem(BORROW const struct point *self);

void b(void)
{
    struct point p = { 3, 4 };
    BORROW_MUT struct point *l = &p;
    impurem(&p);                    // expect: borrow-conflict
    l->x += 1;
}
