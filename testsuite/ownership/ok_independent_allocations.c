#include <ownck.h>
#include <stdlib.h>

/* Releasing one allocation says nothing about another one. */

void two_buffers(void)
{
    char *a = malloc(4);
    char *b = malloc(4);
    if (!a || !b) {
        free(a);
        free(b);
        return;
    }
    free(a);
    b[0] = 'x';
    free(b);
}

void same_name_in_blocks(void)
{
    {
        char *p = malloc(4);
        if (!p)
            return;
        free(p);
    }
    {
        char *p = malloc(4);
        if (!p)
            return;
        p[0] = 1;
        free(p);
    }
}
