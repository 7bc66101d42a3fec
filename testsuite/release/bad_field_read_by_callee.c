#include <stdlib.h>

/* ok_field_rewritten_by_callee.c's counterpart: the callee gets the struct
 * as const, so it cannot re-point the field, which still points inside the
 * block when it is freed. */
struct set { int *elems; int nelem; };

static int count(const struct set *s)
{
    return s->nelem;
}

int analyze(void)
{
    int *base = malloc(8 * sizeof *base);
    if (!base)
        return -1;
    struct set tmp;
    tmp.elems = base + 1;                       // expect-note: advanced here
    tmp.nelem = 7;
    int n = count(&tmp);
    free(tmp.elems);                            // expect: free-offset
    free(base);
    return n;
}
