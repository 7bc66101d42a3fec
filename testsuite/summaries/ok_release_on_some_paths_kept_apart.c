#include <ownck.h>
#include <stdlib.h>

/* A callee that releases its parameter on some paths only (when !c), with
 * unrelated conditions tested in between: its summary must not say it
 * releases p. The paths where c holds keep p, and facets (7.36) with such
 * different states never merge; released on some paths and kept on
 * others, the caller stops following p, and its own release is fine. */

int counter;

void drop_unless(char *p, int c, int x1)
{
    if (!c)
        free(p);
    if (x1) counter++;
    if (c) counter++;
    if (x1) counter--;
}

void caller(int c, int x1)
{
    char *p = malloc(1);
    if (!p)
        return;
    drop_unless(p, c, x1);
    if (c)
        free(p);
}
