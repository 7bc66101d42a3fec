#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* 7.32: state is per variable; moves between OWNED variables. */

void consume(OWNED char *s);

void reassign_source_after_move(void)
{
    OWNED char *a = strdup("a");
    if (!a)
        return;
    OWNED char *b = a;
    a = strdup("b");
    if (!a) {
        free(b);
        return;
    }
    free(a);
    free(b);
}

void swap(void)
{
    OWNED char *a = strdup("a");
    if (!a)
        return;
    OWNED char *b = strdup("b");
    if (!b) {
        free(a);
        return;
    }
    OWNED char *t = a;
    a = b;
    b = t;
    free(a);
    consume(b);
}
