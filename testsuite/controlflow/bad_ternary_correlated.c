#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.36: the two tests of verbose are correlated; the ?: picks p exactly on the
 * path where it was released (the condition is inverted). */

void show(int verbose)
{
    char *p = strdup("details");
    if (!p)
        return;
    if (!verbose)
        free(p);                        // expect-note: released here
    printf("%s\n", verbose ? "" : p);   // expect: use-after-free
    if (verbose)
        free(p);
}
