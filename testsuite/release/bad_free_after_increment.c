#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.9: pointer arithmetic on the owner leaves it off its start. */

void post_increment(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    *p = 'a';
    p++;
    *p = 'b';
    free(p);                                // expect: free-offset
}

void add_assign(void)
{
    char *p = strdup("header:value");
    if (!p)
        return;
    p += 7;
    puts(p);
    free(p);                                // expect: free-offset
}

void pre_increment(void)
{
    int *v = calloc(4, sizeof *v);
    if (!v)
        return;
    ++v;
    *v = 1;
    free(v);                                // expect: free-offset
}
