#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.36: two different conditions, or one whose variable changed in between,
 * are not correlated: the path "allocated, release skipped" exists. */

int poll_flag(void);

void different_conditions(int a, int b)
{
    char *p = NULL;
    if (a)
        p = malloc(8);
    puts("middle");
    if (b)
        free(p);
}                                           // expect: leak

void condition_reassigned(int c)
{
    char *p = NULL;
    if (c)
        p = malloc(8);
    c = poll_flag();
    if (c)
        free(p);
}                                           // expect: leak
