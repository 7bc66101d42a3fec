#include <ownck.h>
#include <stdlib.h>
#include <string.h>

/* return inside switch cases: moved out or released before each return. */

OWNED char *pick_name(int kind)
{
    OWNED char *p = malloc(16);
    if (!p)
        return NULL;
    switch (kind) {
    case 0:
        strcpy(p, "zero");
        return p;
    case 1:
        strcpy(p, "one");
        return p;
    default:
        free(p);
        return NULL;
    }
}

int code_for(int kind)
{
    char *tmp = malloc(8);
    if (!tmp)
        return -1;
    switch (kind) {
    case 0:
        free(tmp);
        return 10;
    case 1:
        tmp[0] = 'a';
        free(tmp);
        return 11;
    }
    free(tmp);
    return 0;
}
