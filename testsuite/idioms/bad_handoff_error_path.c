#include <ownck.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A function that hands ownership out on success but drops it on an error
 * path. */

OWNED char *make_key(BORROW const char *name)
{
    OWNED char *k = strdup(name);           // expect-note: allocated here
    if (!k)
        return NULL;
    if (k[0] == '\0')
        return NULL;                        // expect: leak
    return k;
}

int make_path(OUT_OWNED char **out, BORROW const char *dir)
{
    char *p = malloc(256);
    if (!p)
        return -1;
    if (strlen(dir) > 200)
        return -1;                          // expect: leak
    strcpy(p, dir);
    strcat(p, "/file");
    *out = p;
    return 0;
}
