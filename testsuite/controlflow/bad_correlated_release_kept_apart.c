#include <ownck.h>
#include <stdlib.h>

/* Facets merge only when their states are the same (7.36): after a release
 * under c, the paths where c holds are not those where it does not, however
 * many unrelated conditions are tested in between, and a second release
 * under c is a double free on exactly those paths. */

int counter;

void release_twice_under_c(int c, int x1, int x2)
{
    char *p = malloc(1);
    if (!p)
        return;
    if (c)
        free(p);                        // expect-note: released here
    if (x1) counter++;
    if (x2) counter++;
    if (x1) counter--;
    if (x2) counter--;
    if (c)
        free(p);                        // expect: double-free
    if (!c)
        free(p);
}
