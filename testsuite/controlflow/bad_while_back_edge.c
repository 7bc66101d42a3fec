#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* A value released or moved in a loop body and not re-assigned is released or
 * used again on the next iteration (the back edge). */

int done(void);
void consume(OWNED char *s);

void free_in_endless_loop(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    while (1) {
        free(p);                        // expect: double-free
        if (done())
            break;
    }
}

void move_in_endless_loop(void)
{
    OWNED char *p = strdup("job");
    if (!p)
        return;
    while (1) {
        consume(p);                     // expect: use-after-move
        if (done())
            break;
    }
}
