#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* A stream from fopen must be closed with fclose, not pclose. */

int read_one(const char *path)
{
    FILE *f = fopen(path, "r");             // expect-note: allocated here
    if (!f)
        return -1;
    int c = fgetc(f);
    pclose(f);                              // expect: mismatched-release
    return c;
}
