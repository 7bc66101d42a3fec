#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 7.14: a goto to a label outside the owner's block leaks at the goto. */

int fill_all(int n)
{
    int rc = 0;
    for (int i = 0; i < n; i++) {
        char *p = malloc(8);
        if (!p) {
            rc = -1;
            goto out;
        }
        memset(p, 0, 8);
        if (i > 10)
            goto out;                       // expect: leak
        free(p);
    }
out:
    return rc;
}

void block_exit(int c)
{
    {
        char *p = strdup("block");
        if (!p)
            goto done;
        if (c)
            goto done;                      // expect: leak
        free(p);
    }
done:
    puts("done");
}
