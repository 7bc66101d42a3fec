#include <ownck.h>
#include <stdlib.h>

/* move-out-of-borrow: moving out of a borrow into an OWNED variable or an
 * OWNED parameter (rustc: nll/move-errors, `let b = *a;` with a: &A). */

void consume(OWNED char *s);

void into_variable(BORROW char *b)
{
    OWNED char *q = b;              // expect: move-out-of-borrow
    free(q);
}

void into_parameter(BORROW_MUT char *b)
{
    consume(b);                     // expect: move-out-of-borrow
}
