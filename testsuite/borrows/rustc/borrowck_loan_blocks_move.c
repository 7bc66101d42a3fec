#include <ownck.h>
#include <stdlib.h>

/* Mirrors rust-lang/rust tests/ui/borrowck/borrowck-loan-blocks-move.rs.
 * Adapted: Box<isize> is an OWNED malloc'd int, take(Box<isize>) a function
 * with an OWNED parameter, `let w = &v;` a BORROW variable, w.use_ref() a
 * BORROW parameter. Same verdict: E0505 (move-while-borrowed) at the move. */

void take(OWNED int *v);
void use_ref(BORROW const int *v);

void box_imm(void)
{
    OWNED int *v = malloc(sizeof *v);
    if (!v)
        return;
    *v = 3;
    BORROW const int *w = v;
    take(v);                        // expect: move-while-borrowed
    use_ref(w);
}
