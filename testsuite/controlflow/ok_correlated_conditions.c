#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.36: two tests of the same unchanged local are correlated; the paths
 * "released in the first if, released again in the second" do not exist. */

void release_later(int c)
{
    char *p = malloc(8);
    if (!p)
        return;
    if (c)
        free(p);
    puts("between");
    if (!c)
        free(p);
}

void use_only_when_kept(int keep)
{
    char *p = strdup("x");
    if (!p)
        return;
    if (!keep)
        free(p);
    if (keep) {
        puts(p);
        free(p);
    }
}
