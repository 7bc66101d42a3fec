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

void fill(int *n);

/* The same in a function that hands a local's address out. There a check
 * reads the conditions nothing assigns (is the address still stored at a
 * return?), so facets differing in c or in a parameter stay apart; the
 * flags are assigned, and facets differing only in them merge. */
void release_with_flags(int c, int a1, int a2, int a3, int a4, int a5)
{
    int n = 0, f1 = a1, f2 = a2, f3 = a3, f4 = a4, f5 = a5;
    char *p = malloc(1);
    fill(&n);
    if (c)
        free(p);
    if (f1) n++;
    if (f2) n++;
    if (f3) n++;
    if (f4) n++;
    if (f5) n++;
    if (f1) n--;
    if (f2) n--;
    if (f3) n--;
    if (f4) n--;
    if (f5) n--;
    if (!c)
        free(p);
}
