#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Releasing a pointer that was assigned the address of a local, a local
 * array or a global. */

char g_buf[8];

void via_address(void)
{
    int x = 1;
    int *p = &x;
    *p = 2;
    free(p);                                // expect: free-non-heap
}

void via_array(void)
{
    char buf[32];
    char *p = buf;
    p[0] = '\0';
    free(p);                                // expect: free-non-heap
}

void via_global(void)
{
    char *p;
    p = g_buf;
    p[0] = 'g';
    free(p);                                // expect: free-non-heap
}
