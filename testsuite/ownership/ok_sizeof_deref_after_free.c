#include <ownck.h>
#include <stdlib.h>

/* The operand of sizeof is not evaluated: `sizeof *p` reads nothing. */

size_t element_size_after_free(void)
{
    double *p = malloc(4 * sizeof *p);
    if (!p)
        return 0;
    p[0] = 1.0;
    free(p);
    return sizeof *p;
}

size_t field_size_after_free(void)
{
    struct rec { int id; char tag[8]; } *r = malloc(sizeof *r);
    if (!r)
        return 0;
    r->id = 1;
    free(r);
    return sizeof r->tag;
}
