#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>

/* A pipe from popen must be closed with pclose, not fclose. */

int run(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    if (!p)
        return -1;
    int c = fgetc(p);
    fclose(p);                              // expect: mismatched-release
    return c;
}
