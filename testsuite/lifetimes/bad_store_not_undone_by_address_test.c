/* return-local-ref: a test keyed on the address decides nothing when it
 * compares with another local, or undoes the store on the wrong side. */
#include <stddef.h>

struct object_info { unsigned long *sizep; };

int wrong_local(struct object_info *oi)
{
    unsigned long size_scratch, other = 0;    // expect-note: 'size_scratch' is declared here
    oi->sizep = &size_scratch;                 // expect: return-local-ref
    if (oi->sizep == &other)
        oi->sizep = NULL;
    return (int)other;                         // expect-note: the function returns here with the address still in 'oi->sizep'
}

int wrong_side(struct object_info *oi)
{
    unsigned long size_scratch;                // expect-note: 'size_scratch' is declared here
    oi->sizep = &size_scratch;                 // expect: return-local-ref
    if (oi->sizep != &size_scratch)
        oi->sizep = NULL;
    return 0;                                  // expect-note: the function returns here with the address still in 'oi->sizep'
}

struct ctx { int *depth; };

void null_side(struct ctx *c)
{
    int d = 0;                                 // expect-note: 'd' is declared here
    c->depth = &d;                             // expect: return-local-ref
    if (!c->depth)
        c->depth = NULL;
}                                              // expect-note: the function returns here with the address still in 'c->depth'
