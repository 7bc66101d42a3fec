#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.38: constant offsets are tracked: moved back to the start, the owner may
 * be released. */

void inc_dec(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    p++;
    *p = 'a';
    p--;
    free(p);
}

void add_sub(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    p += 3;
    *p = 'b';
    p -= 3;
    free(p);
}

void step_back_once(void)
{
    int *v = calloc(4, sizeof *v);
    if (!v)
        return;
    v += 2;
    v[0] = 1;
    v -= 1;
    v -= 1;
    free(v);
}
