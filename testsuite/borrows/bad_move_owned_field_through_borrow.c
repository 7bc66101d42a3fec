#include <ownck.h>
#include <stdlib.h>

/* Moving an OWNED field out through a borrow without putting something back
 * before the function returns is move-out-of-borrow (annotations.md 7.17;
 * rustc: E0507 "cannot move out of `e.name` which is behind a mutable
 * reference"), whether the field is moved into a variable, passed to an
 * OWNED parameter, or released. */

struct entry { OWNED char *name; int id; };

void consume(OWNED char *s);

void steal_into_variable(BORROW_MUT struct entry *e)
{
    OWNED char *n = e->name;        // expect: move-out-of-borrow
    consume(n);
}

void steal_into_parameter(BORROW_MUT struct entry *e)
{
    consume(e->name);               // expect: move-out-of-borrow
}

void release_through_shared(BORROW const struct entry *e)
{
    free(e->name);                  // expect: move-out-of-borrow
}
