#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An optional copy: NULL when there is nothing to copy, released once at the
 * end whatever happened. */

const char *lookup(const char *key);

int show(const char *key)
{
    const char *v = lookup(key);
    char *copy = v ? strdup(v) : NULL;
    if (v && !copy)
        return -1;
    if (copy)
        puts(copy);
    free(copy);
    return 0;
}

void maybe_log(int verbose)
{
    char *line = NULL;
    if (verbose)
        line = strdup("verbose");
    if (line != NULL)
        puts(line);
    free(line);
}
