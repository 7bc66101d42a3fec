/* git 2.39.5 transport.c:1474 (transport_fetch_refs: 'heads' overwritten)
 * ownck prints today:
 *   git_13.c:31:9: warning: leak of 'heads': it is overwritten while it still owns its memory [leak]
 *   git_13.c:25:21: note: 'heads' allocated here by 'realloc'
 * False: 'heads' is grown (ALLOC_GROW) only immediately before
 * heads[nr_heads++] = rm, so nr_heads == 0 implies heads was never
 * allocated (still NULL). The `if (!nr_heads) ALLOC_ARRAY(heads, ...)`
 * overwrite therefore loses nothing. ownck does not relate the counter to
 * the array it counts. */
#include <stdlib.h>

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

/* pending (eighth sweep, 2026-12-07): false finding(s) today, none expected. The
 * first comment is the helper's, written as git_13.c: its file name in the "prints
 * today" lines is that one; the line numbers hold. */
