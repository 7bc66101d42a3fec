#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Jumps that stay inside the owner's scope lose nothing by themselves. */

int retry(int attempts)
{
    int tries = 0;
    char *p;
again:
    p = malloc(64);
    if (!p)
        return -1;
    tries++;
    if (tries < attempts) {
        free(p);
        goto again;
    }
    p[0] = 'k';
    free(p);
    return tries;
}

int single_exit(int c)
{
    int rc = 0;
    char *p = malloc(8);
    if (!p) {
        rc = -1;
        goto out;
    }
    if (c) {
        rc = 1;
        goto release;
    }
    p[0] = 'c';
release:
    free(p);
out:
    return rc;
}
