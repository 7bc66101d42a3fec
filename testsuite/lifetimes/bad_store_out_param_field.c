#include <ownck.h>

/* return-local-ref: `out->f = &x` stores a local's address into the
 * caller's struct, annotated or not. */
struct request { const char *name; int *count; };

void fill_name(struct request *r)
{
    char name[8] = "anon";              // expect-note: declared here
    r->name = name;                     // expect: return-local-ref
}

void fill_count(BORROW_MUT struct request *r)
{
    int n = 0;
    r->count = &n;                      // expect: return-local-ref
}

void fill_first(struct request *rs)
{
    int zero = 0;
    rs[0].count = &zero;                // expect: return-local-ref
}
