#include <ownck.h>
#include <stdlib.h>

/* 7.36 around a loop: flags assigned in the loop split and merge the
 * facets on every iteration (facets with the same states merge, and a join
 * sees an arriving facet it already covers as no change), and the solver
 * still reaches its fixpoint with the correlation on c intact. */

int counter;

void loop_flags(int n, int c, int d)
{
    char *p = malloc(1);
    int done = 0, seen = 0;
    for (int i = 0; i < n; i++) {
        if (done)
            continue;
        if (i == 3)
            done = 1;
        if (d)
            seen = !seen;
        if (c) counter++;
        if (seen) counter++;
        if (c) counter--;
        if (seen) counter--;
    }
    if (c)
        free(p);
    if (!c)
        free(p);
}

void fill(int *n);

/* The same where a local's address is taken: the flags, assigned in the
 * loop, merge; c, which nothing assigns, stays apart. */
void loop_flags_with_address(int n, int c, int d)
{
    char *p = malloc(1);
    int done = 0, seen = 0, got = 0;
    fill(&got);
    for (int i = 0; i < n && !done; i++) {
        if (i == got)
            done = 1;
        if (d)
            seen = !seen;
        if (seen) counter++;
        if (c) counter++;
        if (seen) counter--;
        if (c) counter--;
    }
    if (c)
        free(p);
    if (!c)
        free(p);
}
