#include <ownck.h>
#include <stdlib.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-issue-2657-1.rs.
 * Adapted: Option<Box<_>> is an OWNED pointer that may be NULL; `match x {
 * Some(ref _y) => ...}` is `if (x) { BORROW const int *y = x; ... }`;
 * `let _a = x;` moves into an OWNED variable, which is then released. Same
 * verdict: E0505 (move-while-borrowed) at the move. */

void use_ref(BORROW const int *v);

int main(void)
{
    OWNED int *x = malloc(sizeof *x);
    if (x) {
        *x = 1;
        BORROW const int *y = x;
        OWNED int *a = x;           // expect: move-while-borrowed
        use_ref(y);
        free(a);
    }
    return 0;
}
