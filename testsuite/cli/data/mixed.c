/* Input for the CLI tests: two findings on OWNED values (errors) and one on
 * an unannotated malloc'd value (a warning). */
#include <ownck.h>
#include <stdlib.h>

void take(OWNED char *msg);

void annotated_move(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    take(buf);
    buf[1] = 2;                 /* BUG use-after-move (error) */
}

void annotated_twice(void)
{
    OWNED char *buf = malloc(8);
    if (!buf)
        return;
    free(buf);
    free(buf);                  /* BUG double-free (error) */
}

void plain_twice(void)
{
    char *q = malloc(8);
    if (!q)
        return;
    free(q);
    free(q);                    /* BUG double-free (warning) */
}
