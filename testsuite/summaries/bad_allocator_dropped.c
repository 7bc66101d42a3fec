#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The result of an unannotated allocator defined in this file is owned by
 * the caller: dropping it is a leak. */

char *mk(void)
{
    return malloc(8);
}

void drop_it(void)
{
    char *p = mk();
    if (!p)
        return;
    p[0] = 'x';
}                                           // expect: leak

int early(int c)
{
    char *p = mk();
    if (!p)
        return -1;
    if (c)
        return 1;                           // expect: leak
    free(p);
    return 0;
}
