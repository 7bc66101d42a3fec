#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A branch that releases also re-assigns, so the merge is clean. */

void consume(OWNED char *s);

void renew(int c)
{
    char *p = malloc(8);
    if (!p)
        return;
    if (c) {
        free(p);
        p = malloc(16);
        if (!p)
            return;
    }
    p[0] = 'x';
    free(p);
}

void free_then_null_on_branch(int c)
{
    char *p = malloc(8);
    if (!p)
        return;
    if (c) {
        free(p);
        p = NULL;
    }
    free(p);
}

void moved_then_null(int c)
{
    OWNED char *p = strdup("x");
    if (!p)
        return;
    if (c) {
        consume(p);
        p = NULL;
    }
    if (p != NULL)
        puts(p);
    free(p);
}
