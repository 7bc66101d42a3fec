#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.8: an alias of an allocation may release it or hand it out; the other
 * name going out of scope then loses nothing. */

char *g_keep;

void release_through_alias(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    char *q = p;
    q[0] = 'a';
    free(q);
}

void alias_in_inner_block(void)
{
    char *outer = NULL;
    {
        char *inner = strdup("inner");
        if (!inner)
            return;
        outer = inner;
    }
    puts(outer);
    free(outer);
}

void overwrite_one_alias(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    char *q = p;
    p = NULL;
    q[0] = 'z';
    free(q);
}
