#include <stdlib.h>

/* A member's address that stays in a local pointer takes nothing along:
 * the block still leaks when the function ends without releasing it. */

struct refcnt { int count; };
struct object { struct refcnt rc; int payload; };

int count_of_new(void)
{
    struct object *o = malloc(sizeof *o);
    if (!o)
        return -1;
    o->rc.count = 1;
    struct refcnt *r = &o->rc;
    return r->count;                    // expect: leak
}
