#include <ownck.h>
#include <stdlib.h>

/* 7.6: releasing a value that was moved before is a double-free. */

void consume(OWNED char *s);

void give_then_free(void)
{
    char *p = malloc(32);
    if (!p)
        return;
    consume(p);                         // expect-note: moved here
    free(p);                            // expect: double-free
}

void owned_var_then_free(void)
{
    OWNED char *p = calloc(4, 1);
    if (!p)
        return;
    OWNED char *q = p;
    free(q);
    free(p);                            // expect: double-free
}
