#include <stdlib.h>

/* A block that leaves through the address of one of its members: returned,
 * or stored in a struct returned by value (jq's jv: {kind, &p->refcnt}; the
 * block is found again from the member, container_of style). The block
 * goes with it: nothing leaks here. */

struct refcnt { int count; };
struct object { struct refcnt rc; int payload; };
typedef struct { int kind; struct refcnt *ptr; } value;

struct refcnt *new_counted(void)
{
    struct object *o = malloc(sizeof *o);
    if (!o)
        abort();
    o->rc.count = 1;
    return &o->rc;
}

value new_value(int kind)
{
    struct object *o = malloc(sizeof *o);
    if (!o)
        abort();
    o->rc.count = 1;
    value v = {kind, &o->rc};
    return v;
}

static struct refcnt *last;

void keep_counted(void)
{
    struct object *o = malloc(sizeof *o);
    if (!o)
        return;
    o->rc.count = 1;
    last = &o->rc;
}
