#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* switch: every case, including the default, releases exactly once. */

int dispatch(int kind)
{
    char *p = strdup("x");
    if (!p)
        return -1;
    switch (kind) {
    case 0:
        puts(p);
        free(p);
        break;
    case 1:
        free(p);
        return 1;
    case 2:
    case 3:
        p[0] = 'y';
        free(p);
        break;
    default:
        free(p);
        break;
    }
    return 0;
}

int classify(int kind)
{
    char *tmp = malloc(8);
    if (!tmp)
        return -1;
    switch (kind) {
    case 0:
        free(tmp);
        return 0;
    case 1:
        tmp[0] = 1;
        break;
    default:
        break;
    }
    free(tmp);
    return 1;
}
