#include <stdlib.h>

/* bad_null_or_interior_join.c's counterpart: each side releases p once.
 * On the side where q is NULL, p keeps its own state. */
void f(int c)
{
    char *p = malloc(10);
    if (!p)
        return;
    char *q = NULL;
    if (c)
        q = p + 1;
    if (!q) {
        free(p);
        return;
    }
    *q = 0;
    free(p);
}

/* q copies p on every path: NULL from q is NULL from p, which then owes
 * nothing. */
void g(int n)
{
    char *p = malloc((size_t)n);
    char *q = p;
    if (!q)
        return;
    free(p);
}
