#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* move-while-borrowed: passing the owner to an OWNED parameter of a declared
 * function (a move) while a borrow of it is live (rustc:
 * borrowck-loan-blocks-move, `let w = &v; take(v); w.use_ref();`). */

void take(OWNED char *s);
void log_str(BORROW const char *s);

void move_into_call(void)
{
    OWNED char *v = strdup("abc");
    if (!v)
        return;
    BORROW const char *w = v;
    take(v);                        // expect: move-while-borrowed
    log_str(w);
}
