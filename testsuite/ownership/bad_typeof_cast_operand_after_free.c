#include <stdlib.h>
#include <stddef.h>

/* A cast's operand is evaluated, whatever its type is written with. */

struct item { int v; int w; };

int read_after_free(void)
{
    struct item *e = malloc(sizeof *e);
    if (!e)
        return 0;
    e->v = 1;
    free(e);                                        // expect-note: 'e' released here by 'free'
    return ((__typeof__(*e) *)e)->v;                // expect: use-after-free
}

size_t offset_then_read(struct item *keep)
{
    struct item *e = malloc(sizeof *e);
    if (!e)
        return 0;
    free(e);                                        // expect-note: 'e' released here by 'free'
    keep->w = e->w;                                 // expect: use-after-free
    return offsetof(__typeof__(*e), w);
}
