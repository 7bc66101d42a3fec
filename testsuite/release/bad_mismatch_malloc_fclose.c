#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Heap memory from malloc or calloc released with fclose. */

void closed_buffer(void)
{
    void *buf = malloc(64);                 // expect-note: allocated here
    if (!buf)
        return;
    memset(buf, 0, 64);
    fclose(buf);                            // expect: mismatched-release
}

void closed_zeroed(void)
{
    FILE *f = calloc(1, sizeof(FILE));
    if (!f)
        return;
    fclose(f);                              // expect: mismatched-release
}
