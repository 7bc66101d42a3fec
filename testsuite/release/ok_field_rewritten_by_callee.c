#include <stdlib.h>

/* GNU sed's dfaanalyze: a field first set to a pointer inside a block, then
 * handed by &tmp to a function that may store anything there (it points the
 * field at fresh memory), then freed. What the field held before the call
 * says nothing of what it holds after. */
struct set { int *elems; int nelem; };

static void alloc_set(struct set *s, int n)
{
    s->elems = malloc(sizeof *s->elems * (size_t)n);
    s->nelem = 0;
}

void analyze(int n)
{
    int *base = malloc(8 * sizeof *base);
    if (!base)
        return;
    struct set tmp;
    tmp.elems = base + 1;
    tmp.nelem = 7;
    alloc_set(&tmp, n);
    free(tmp.elems);
    free(base);
}
