#include <ownck.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-move-from-unsafe-ptr.rs.
 * Adapted: `x: *const Box<isize>` is a non-owning pointer to a struct whose
 * field is the owning Box (an OWNED int *); the non-owning pointer is
 * written BORROW, the nearest annotation. `let y = *x; return y;` moves the
 * Box out into an OWNED local and returns it from an OWNED function. Same
 * verdict: E0507 (move-out-of-borrow) at the move. */

struct boxed { OWNED int *b; };

OWNED int *foo(BORROW const struct boxed *x)
{
    OWNED int *y = x->b;            // expect: move-out-of-borrow
    return y;
}
