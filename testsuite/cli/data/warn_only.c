/* Input for the CLI tests: no annotations; two bugs on malloc'd values,
 * which are warnings. */
#include <stdlib.h>

void plain_twice(void)
{
    char *q = malloc(8);
    if (!q)
        return;
    free(q);
    free(q);                    /* BUG double-free (warning) */
}

void plain_use(void)
{
    char *q = malloc(8);
    if (!q)
        return;
    free(q);
    q[0] = 1;                   /* BUG use-after-free (warning) */
}
