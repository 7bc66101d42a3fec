#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Releasing the address of a local variable (7.20: a by-value parameter is
 * a local too). */

struct point {
    int x;
    int y;
};

void free_int(void)
{
    int x = 0;
    x++;
    free(&x);                               // expect: free-non-heap
}

void free_struct(void)
{
    struct point pt = { 1, 2 };
    pt.x = pt.y;
    free(&pt);                              // expect: free-non-heap
}

void free_param_address(int n)
{
    n++;
    free(&n);                               // expect: free-non-heap
}
