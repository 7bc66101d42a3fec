/* return-local-ref: a caller-visible field points at a local scratch only
 * for the function's own duration; the test that undoes it is keyed on the
 * address itself (git's object-file.c loose_object_info):
 *     if (!oi->sizep) oi->sizep = &size_scratch;  ...
 *     if (oi->sizep == &size_scratch) oi->sizep = NULL;
 * On every path that still holds the address the test is true, and an
 * address is never NULL, so a null test undoes it too. */
#include <stddef.h>

struct object_info { unsigned long *sizep; unsigned long *typep; };

int read_info(struct object_info *oi)
{
    unsigned long size_scratch;
    if (!oi->sizep)
        oi->sizep = &size_scratch;
    *oi->sizep = 42;
    if (oi->sizep == &size_scratch)
        oi->sizep = NULL;
    return 0;
}

int read_info_reversed(struct object_info *oi, int fail)
{
    unsigned long scratch;
    if (!oi->typep)
        oi->typep = &scratch;
    if (fail) {
        if (&scratch == oi->typep)
            oi->typep = NULL;
        return -1;
    }
    *oi->typep = 7;
    if (oi->typep != &scratch)
        return 1;
    oi->typep = NULL;
    return 0;
}

struct ctx { int *depth; };

void with_depth(struct ctx *c)
{
    int d = 0;
    c->depth = &d;
    (*c->depth)++;
    if (c->depth)   /* holds &d here: never NULL */
        c->depth = NULL;
}
