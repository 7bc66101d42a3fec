#include <ownck.h>
#include <stdlib.h>

/* 7.36 with more conditions than a state has facets for. Tests of x1..x5
 * in between split the paths, but change nothing ownck follows: paths that
 * differ only in such a condition hold the same states and stay one facet,
 * so the test of c that matters is still known at its second test. (Each
 * condition kept apart, the 64 combinations overflowed the facets, were
 * merged, and both frees looked like a double free on one path and a leak
 * on another.) */

int counter;

void release_on_one_side(int c, int x1, int x2, int x3, int x4, int x5)
{
    char *p = malloc(1);
    if (c)
        free(p);
    if (x1) counter++;
    if (x2) counter++;
    if (x3) counter++;
    if (x4) counter++;
    if (x5) counter++;
    if (x1) counter--;
    if (x2) counter--;
    if (x3) counter--;
    if (x4) counter--;
    if (x5) counter--;
    if (!c)
        free(p);
}

/* The same, where the conditions guard the release itself. */
void release_under_all(int c, int x1, int x2, int x3, int x4)
{
    char *p = malloc(1);
    if (!p)
        return;
    if (x1) counter++;
    if (x2) counter++;
    if (x3) counter++;
    if (x4) counter++;
    if (c)
        free(p);
    if (x1) counter--;
    if (x2) counter--;
    if (x3) counter--;
    if (x4) counter--;
    if (!c)
        free(p);
}
