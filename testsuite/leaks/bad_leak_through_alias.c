#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.8: with two aliases of one allocation, the value is lost when the last
 * of them is overwritten or goes out of scope. */

void overwrite_both(void)
{
    char *p = malloc(8);
    if (!p)
        return;
    char *q = p;
    q[0] = 'x';
    p = NULL;
    q = NULL;                               // expect: leak
}

void alias_dropped(void)
{
    char *p = strdup("alias");
    if (!p)
        return;
    char *q = p;
    puts(q);
}                                           // expect: leak
