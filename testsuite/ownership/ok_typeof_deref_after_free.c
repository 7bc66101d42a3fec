#include <stdlib.h>
#include <stddef.h>

/* __typeof__'s operand is not evaluated either, in offsetof's type (git's
 * OFFSETOF_VAR(var, member), offsetof(__typeof__(*var), member), in its
 * hashmap_for_each_entry loops) or in a cast's type. */

struct ent { struct ent *next; };
struct item { int v; struct ent ent; };
extern void *iter_next(void *iter, size_t off);
#define OFFSETOF_VAR(ptr, member) offsetof(__typeof__(*ptr), member)

void clear(void *iter)
{
    struct item *e;
    for (e = iter_next(iter, OFFSETOF_VAR(e, ent)); e;
         e = iter_next(iter, OFFSETOF_VAR(e, ent)))
        free(e);
}

void *retype_after_free(void *raw)
{
    struct item *e = malloc(sizeof *e);
    if (!e)
        return NULL;
    free(e);
    return (__typeof__(*e) *)raw;
}
