#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* Returning a value that was already moved. */

void consume(OWNED char *s);

OWNED char *give_after_consume(void)
{
    OWNED char *p = malloc(8);
    if (!p)
        return NULL;
    p[0] = '\0';
    consume(p);
    return p;                           // expect: use-after-move
}

/* 7.32: state is per variable; a was only moved (b was released). */
OWNED char *return_moved_source(BORROW const char *s)
{
    OWNED char *a = strdup(s);
    if (!a)
        return NULL;
    OWNED char *b = a;
    free(b);
    return a;                           // expect: use-after-move
}
