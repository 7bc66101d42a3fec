#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* move-while-borrowed: moving the owner into another OWNED variable while a
 * borrow of it is live (rustc: borrow-tuple-fields, `let r = &x.0; let y =
 * x; r.use_ref();`). The primary location is the moved operand. */

void log_str(BORROW const char *s);

void move_while_shared(void)
{
    OWNED char *p = strdup("abc");
    if (!p)
        return;
    BORROW const char *r = p;
    OWNED char *q =
        p;                          // expect: move-while-borrowed
    log_str(r);
    free(q);
}
