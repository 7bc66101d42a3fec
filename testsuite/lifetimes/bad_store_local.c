#include <ownck.h>

/* return-local-ref also covers storing a local's address where it outlives
 * the local: through an out-parameter, into a global or a static. */
int *g_last;

void out_param(int **out)
{
    int z = 3;
    *out = &z;                          // expect: return-local-ref
}

void into_global(void)
{
    int w = 4;
    g_last = &w;                        // expect: return-local-ref
}

struct holder { int *p; };

void into_struct_param(struct holder *h)
{
    int k = 5;
    h->p = &k;                          // expect: return-local-ref
}
