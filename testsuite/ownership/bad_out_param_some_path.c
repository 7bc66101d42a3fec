#include <stdlib.h>
#include <string.h>

/* Out-parameter-like callees that read *out first on some path, directly
 * or through a callee they hand out to: &p of a freed p handed to them is
 * a use of it. (A callee that only may leave *out unwritten reads nothing
 * of it: ok_out_param_written_on_success.c.) */

static void peeks(int c, char **out)
{
    if (c && *out)
        return;
    *out = strdup("y");
}

static void forwards(int c, char **out)
{
    peeks(c, out);
}

void reuse(int c)
{
    char *q = strdup("b"), *r = strdup("c");
    free(q);
    peeks(c, &q);                       // expect: use-after-free
    free(r);
    forwards(c, &r);                    // expect: use-after-free
    free(q);
    free(r);
}
