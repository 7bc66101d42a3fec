#include <ownck.h>

/* return-local-ref (7.20): a by-value parameter is a local of the callee,
 * whatever its type: a pointer, a struct. */
struct point { int x, y; };

int **slot_of(int *p)
{
    return &p;                          // expect: return-local-ref
}

const struct point *as_pointer(struct point pt)    // expect-note: declared here
{
    return &pt;                         // expect: return-local-ref
}

int *x_of(struct point pt)
{
    return &pt.x;                       // expect: return-local-ref
}
