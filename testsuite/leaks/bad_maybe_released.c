#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.7: released on one branch only; the other path falls off still owning. */

void conditional_free(int c)
{
    char *p = malloc(8);
    if (!p)
        return;
    memset(p, 0, 8);
    if (c)
        free(p);
}                                           // expect: leak

void release_in_one_case(int kind)
{
    FILE *f = fopen("/tmp/ownck-test", "w");
    if (!f)
        return;
    switch (kind) {
    case 1:
        fclose(f);
        break;
    default:
        fputs("kept\n", f);
        break;
    }
}                                           // expect: leak
