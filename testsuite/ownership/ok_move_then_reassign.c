#include <ownck.h>
#include <stdlib.h>

/* Re-assigning a moved or released variable makes it usable again. */

void consume(OWNED char *s);

void reuse_after_move(void)
{
    OWNED char *p = malloc(8);
    if (!p)
        return;
    consume(p);
    p = malloc(16);
    if (!p)
        return;
    p[0] = 'x';
    free(p);
}

void reuse_after_free(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    free(p);
    p = malloc(16);
    if (!p)
        return;
    p[0] = 1;
    free(p);
}

void reuse_after_move_into_variable(void)
{
    OWNED char *p = malloc(8);
    if (!p)
        return;
    OWNED char *q = p;
    p = calloc(1, 8);
    if (!p) {
        free(q);
        return;
    }
    p[0] = q[0];
    free(q);
    free(p);
}
