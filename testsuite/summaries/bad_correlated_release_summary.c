#include <ownck.h>
#include <stdlib.h>

/* A callee that releases its parameter on every path, under a condition
 * tested twice with many unrelated conditions tested in between (7.36):
 * its summary says "releases p", so the caller's own free is the second. */

int counter;

void drop(char *p, int c, int x1, int x2, int x3, int x4, int x5)
{
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

void caller(int c)
{
    char *p = malloc(4);
    drop(p, c, 1, 0, 1, 0, 1);   // expect-note: released here
    free(p);                     // expect: double-free
}
