#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Releasing a pointer expression that is not the start of the allocation. */

void plus_one(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    p[0] = 'a';
    free(p + 1);                            // expect: free-offset
}

void element_address(void)
{
    int *v = calloc(4, sizeof *v);
    if (!v)
        return;
    v[2] = 7;
    free(&v[2]);                            // expect: free-offset
}
