#include <stdlib.h>
#include <string.h>

/* Out-parameter-like callees that some path leaves unwritten, or reads
 * first: &p of a freed p handed to them is a use of it. */

static int maybe(int c, char **out)
{
    if (c)
        *out = strdup("x");
    return c;
}

static void peeks(int c, char **out)
{
    if (c && *out)
        return;
    *out = strdup("y");
}

static void forwards(char **out)
{
    maybe(1, out);
}

void reuse(int c)
{
    char *p = strdup("a"), *q = strdup("b"), *r = strdup("c");
    free(p);
    maybe(c, &p);                       // expect: use-after-free
    free(q);
    peeks(c, &q);                       // expect: use-after-free
    free(r);
    forwards(&r);                       // expect: use-after-free
}
