#include <stdlib.h>

/* A signed count that starts at 0 and is only ever stepped up is non-zero
 * once stepped, as an unsigned one is (overflowing it is undefined): the
 * array grown right before each step was allocated exactly when the count
 * is non-zero (git's transport.c transport_fetch_refs: heads grown with
 * ALLOC_GROW before heads[nr_heads++] = rm; if (!nr_heads) ALLOC_ARRAY(heads,
 * ...) overwrites nothing). */

struct ref { struct ref *next; int skip; };
extern int fetch_refs(int nr, struct ref **heads);

int transport_fetch(struct ref *refs)
{
    int rc, nr_heads = 0, nr_alloc = 0, nr_refs = 0;
    struct ref **heads = NULL, *rm;
    for (rm = refs; rm; rm = rm->next) {
        nr_refs++;
        if (rm->skip)
            continue;
        if (nr_heads + 1 > nr_alloc) {
            nr_alloc = 2 * nr_alloc + 16;
            heads = realloc(heads, nr_alloc * sizeof(*heads));
            if (!heads) abort();
        }
        heads[nr_heads++] = rm;
    }
    if (!nr_heads) {
        heads = malloc(nr_refs * sizeof(*heads) + 1);
        if (!heads) abort();
        for (rm = refs; rm; rm = rm->next)
            heads[nr_heads++] = rm;
    }
    rc = fetch_refs(nr_heads, heads);
    free(heads);
    return rc;
}
