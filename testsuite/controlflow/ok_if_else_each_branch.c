#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* if/else: every branch releases or moves exactly once. */

void consume(OWNED char *s);

void release_in_both(int c)
{
    char *p = malloc(8);
    if (!p)
        return;
    if (c) {
        p[0] = 'x';
        free(p);
    } else {
        free(p);
    }
}

void move_or_free(int c)
{
    OWNED char *p = strdup("x");
    if (!p)
        return;
    if (c)
        consume(p);
    else
        free(p);
}

int use_then_release(int c)
{
    char *p = strdup("abc");
    if (p == NULL)
        return -1;
    int n;
    if (c > 0)
        n = (int)strlen(p);
    else if (c < 0)
        n = p[0];
    else
        n = 0;
    free(p);
    return n;
}
