#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Owners declared in inner blocks, released or moved out before the block ends. */

void nested_block(int c)
{
    if (c) {
        char *p = malloc(8);
        if (!p)
            return;
        p[0] = 'x';
        free(p);
    }
    {
        char *q = strdup("q");
        if (q) {
            puts(q);
            free(q);
        }
    }
}

OWNED char *moved_to_outer(void)
{
    OWNED char *result = NULL;
    {
        OWNED char *tmp = strdup("tmp");
        if (!tmp)
            return NULL;
        result = tmp;
    }
    return result;
}
