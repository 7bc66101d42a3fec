#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.8, 7.9: a second pointer into the middle of the allocation is an alias
 * off the start; releasing it is free-offset (afterwards the block is no
 * longer tracked, 7.10). */

void release_the_middle(void)
{
    char *p = malloc(16);
    if (!p)
        return;
    char *mid = p + 8;
    *mid = 'm';
    free(mid);                              // expect: free-offset
}
