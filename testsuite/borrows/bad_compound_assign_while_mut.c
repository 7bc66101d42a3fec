#include <ownck.h>

/* `x += 1` reads x before writing it: while x is exclusively borrowed, rustc
 * reports the read, E0503 "cannot use `x` because it was mutably borrowed"
 * (nll/reference-carried-through-struct-field), so this is
 * use-while-mut-borrowed, not assign-while-borrowed. */

int compound_assign_while_borrowed(void)
{
    int x = 22;
    BORROW_MUT int *w = &x;
    x += 1;                         // expect: use-while-mut-borrowed
    *w += 1;
    return 0;
}
